<#-- Письмо с прайс-листом во вложении, простой текст.
     Данные: contact, company, date, lines, fileName, format, pricelistUrl, preferencesUrl, unsubscribeUrl, siteUrl;
     необязательно: managerName, managerEmail. -->
Здравствуйте, ${contact}!

Прайс-лист ООО «КРЭК» для ${company} на ${date}:
${fileName} (${format}, позиций: ${lines?c}) — во вложении.

Скачать актуальный прайс-лист в любой момент:
${pricelistUrl}

<#if managerName?has_content>
Ваш менеджер: ${managerName}<#if managerEmail?has_content>, ${managerEmail}</#if>.
На это письмо можно ответить — ответ придёт менеджеру.

</#if>
Настройки рассылки (группы товаров, форматы, частота):
${preferencesUrl}

Отписаться: ${unsubscribeUrl}
--
ООО «КРЭК», оптовый отдел
${siteUrl}
