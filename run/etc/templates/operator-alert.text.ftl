<#-- Письмо операторам: задание упало, загрузка не прошла, файлы застряли в папке обмена.
     Данные: subject, message (строка журнала), time, kind (job, import, inbox, mail, campaign);
     kind=job: job, run, error, startedBy; kind=import: run, origin, files, error; kind=inbox: inbox, files (список строк), minutes;
     kind=mail: reason; kind=campaign: campaign (вид/ключ), failures. -->
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
<#elseif kind == "mail">
Причина: ${reason}
Письма ждут в очереди и уйдут после run/optovik exec mail:resume (сначала устраните причину).
<#elseif kind == "campaign">
Рассылка: ${campaign}, неудачных писем: ${failures?c}
Ошибки: run/optovik exec mail:outbox --status failed
Продолжить: run/optovik exec mail:resume; повторить неудачные: run/optovik exec mail:retry --failed
</#if>

Строка журнала: ${message}
