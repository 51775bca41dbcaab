<#-- Письмо с прайс-листом, простой текст.
     Данные: contact, company, date, fileName, lines, attached (true: файл во вложении; false: по ссылке),
     pricelistUrl (подписанная ссылка на текущий прайс-лист), preferencesUrl, unsubscribeUrl, siteUrl;
     необязательно: managerName, managerEmail. -->
Здравствуйте<#if contact?has_content>, ${contact}</#if>!

<#if attached>
Во вложении — прайс-лист ООО «КРЭК» для компании «${company}» на ${date}
(файл «${fileName}», позиций: ${lines}).
<#else>
Прайс-лист ООО «КРЭК» для компании «${company}» на ${date} (позиций: ${lines})
слишком велик для вложения. Скачайте его по ссылке:

${pricelistUrl}
</#if>

Текущий прайс-лист всегда доступен по ссылке:
${pricelistUrl}

<#if managerName?has_content>
Ваш менеджер: ${managerName}<#if managerEmail?has_content>, ${managerEmail}</#if>.
На это письмо можно ответить — ответ придёт менеджеру.

</#if>
Настроить рассылку: ${preferencesUrl}
Отписаться: ${unsubscribeUrl}
--
ООО «КРЭК», оптовый отдел
${siteUrl}
