<#-- Уведомление об изменениях каталога, простой текст.
     Данные: contact, company, date, changes (список: kind — price, new, arrival, soldout, gone, back;
     kindText — то же по-русски; name, offerId, oldValue, newValue), pricelistUrl, preferencesUrl,
     unsubscribeUrl, siteUrl; необязательно: managerName, managerEmail. -->
Здравствуйте<#if contact?has_content>, ${contact}</#if>!

В каталоге ООО «КРЭК» на ${date} есть изменения по вашим группам товаров:

<#list changes as c>
- ${c.kindText}: ${c.name}<#if c.oldValue?has_content || c.newValue?has_content> (${c.oldValue!""} → ${c.newValue!""})</#if>
</#list>

Текущий прайс-лист: ${pricelistUrl}

<#if managerName?has_content>
Ваш менеджер: ${managerName}<#if managerEmail?has_content>, ${managerEmail}</#if>.
На это письмо можно ответить — ответ придёт менеджеру.

</#if>
Настроить уведомления: ${preferencesUrl}
Отписаться: ${unsubscribeUrl}
--
ООО «КРЭК», оптовый отдел
${siteUrl}
