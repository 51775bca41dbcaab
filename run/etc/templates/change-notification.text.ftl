<#-- Письмо об изменениях в каталоге (поступления, новинки, цены, окончания, выбывшие), простой текст.
     Данные: contact, company, period, frequency (instant, daily, weekly), total,
     sections — список разделов: kind (arrival, new, price, back, soldout, gone), title, count, more,
       lines — строки: name, id, old, new, percent (old/new/percent только у kind=price, уже с копейками и знаком);
     pricelistUrl, preferencesUrl, unsubscribeUrl, siteUrl; необязательно: managerName, managerEmail. -->
Здравствуйте, ${contact}!

Изменения в группах товаров, на которые подписана ${company}
(${period}). Цены — ваши, с учётом скидки.
<#list sections as s>

${s.title} (${s.count?c}):
<#list s.lines as l>
<#if s.kind == "price">
  - ${l.name}: ${l.old} → ${l.new} руб. (${l.percent})
<#else>
  - ${l.name}
</#if>
</#list>
<#if (s.more > 0)>
  … и ещё ${s.more?c} — см. прайс-лист
</#if>
</#list>

Актуальный прайс-лист:
${pricelistUrl}

<#if managerName?has_content>
Ваш менеджер: ${managerName}<#if managerEmail?has_content>, ${managerEmail}</#if>.
На это письмо можно ответить — ответ придёт менеджеру.

</#if>
Настройки рассылки (группы товаров, частота писем):
${preferencesUrl}

Отписаться: ${unsubscribeUrl}
--
ООО «КРЭК», оптовый отдел
${siteUrl}
