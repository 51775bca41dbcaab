<#-- Тема письма об изменениях в каталоге. Данные: company, total, frequency (instant, daily, weekly), period. -->
<#if frequency == "instant">КРЭК: изменения в каталоге (${total?c})<#else>КРЭК: изменения в каталоге за <#if frequency == "daily">день<#else>неделю</#if> (${total?c})</#if> — ${company}
