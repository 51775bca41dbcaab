<#-- Тема тестового письма (mail:test). Данные: address, transport, sentAt, from. -->
Оптовик: тестовое письмо (${transport}, ${sentAt})
