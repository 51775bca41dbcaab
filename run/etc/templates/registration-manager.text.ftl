<#-- Письмо менеджеру, когда клиенты одобряются вручную (optovik.clients approval.required).
     Данные: clientId, company, inn, kpp, contact, email, phone, city, managerName. -->
<#if managerName?has_content>${managerName}, з<#else>З</#if>дравствуйте!

На сайте зарегистрировался новый оптовый клиент:

  Компания:        ${company}
  ИНН:             ${inn}<#if kpp?has_content>, КПП ${kpp}</#if>
  Контактное лицо: ${contact}
  Почта:           ${email}
  Телефон:         ${phone}
  Город:           ${city}

Когда клиент подтвердит адрес, одобрите его:
  run/optovik exec client:approve ${clientId?c}
или отклоните:
  run/optovik exec client:block ${clientId?c}

--
Оптовик
