<#-- Письмо операторам: задание упало, загрузка не прошла, файлы застряли в папке обмена.
     Данные: subject, message (строка журнала), time, kind (job, import, inbox);
     kind=job: job, run, error, startedBy; kind=import: run, origin, files, error; kind=inbox: inbox, files (список строк), minutes. -->
Оптовик сообщает: ${subject}.

Время: ${time}
<#if kind == "job">
Задание: ${job}
Запуск: ${run?c} (запустил: ${startedBy})
Ошибка: ${error}

Журнал запуска: run/optovik exec job:log ${run?c}
Повторить: run/optovik exec job:run --retry ${run?c}
<#elseif kind == "import">
Загрузка: ${run?c} (источник: ${origin}, файлы: ${files})
Ошибка: ${error}

Файлы обмена лежат в 1c/failed вместе с reason.txt. Список загрузок: run/optovik exec catalog:runs
<#elseif kind == "inbox">
Папка обмена: ${inbox}
Файлы лежат дольше ${minutes?c} мин.:
<#list files as f>
  ${f}
</#list>

Проверьте, что выгрузка из 1С завершилась и загрузка работает: run/optovik exec job:list
</#if>

Строка журнала: ${message}
