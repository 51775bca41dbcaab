<#-- Письмо-подтверждение регистрации, простой текст.
     Данные: contact, company, confirmUrl, expiresHours, siteUrl;
     необязательно: preferencesUrl, unsubscribeUrl, managerName, managerEmail. -->
Здравствуйте, ${contact}!

Вы зарегистрировали компанию «${company}» в оптовой рассылке прайс-листов
ООО «КРЭК» — радиоэлектронные компоненты.

Чтобы подтвердить адрес и начать получать прайс-листы, откройте ссылку
и нажмите кнопку «Подтвердить»:

${confirmUrl}

Ссылка действует ${expiresHours} ч. Если вы не регистрировались,
просто не отвечайте на это письмо — мы больше не напишем.

<#if managerName?has_content>
Ваш менеджер: ${managerName}<#if managerEmail?has_content>, ${managerEmail}</#if>.
На это письмо можно ответить — ответ придёт менеджеру.

</#if>
<#if preferencesUrl??>
Настройки рассылки (группы товаров, форматы, частота):
${preferencesUrl}

</#if>
--
ООО «КРЭК», оптовый отдел
${siteUrl}
