package ru.krek.optovik.mail.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Mailbox;

class MailSettingsTest {

    @Test
    void aCyrillicSenderNameAndAReturnPathAreRead() {
        MailSettings s = MailSettings.of(config("pickup", "Прайс-листы КРЭК <optovik@localhost>", "bounces@krek.example"));
        assertEquals(new Mailbox("optovik@localhost", "Прайс-листы КРЭК"), s.from());
        assertEquals(Optional.of(Mailbox.of("bounces@krek.example")), s.returnPath());
        assertEquals("pickup", s.transport());
    }

    @Test
    void blankValuesMeanTheDefaults() {
        MailSettings s = MailSettings.of(config(" smtp ", " ", ""));
        assertEquals("smtp", s.transport());
        assertEquals(Mailbox.of(MailSettings.DEFAULT_FROM), s.from());
        assertTrue(s.returnPath().isEmpty());
    }

    @Test
    void badValuesAreNamed() {
        IllegalArgumentException transport = assertThrows(IllegalArgumentException.class,
                () -> MailSettings.of(config("sendmail", "a@b.ru", "")));
        assertTrue(transport.getMessage().contains("transport must be pickup or smtp, not 'sendmail'"), transport.getMessage());
        IllegalArgumentException from = assertThrows(IllegalArgumentException.class,
                () -> MailSettings.of(config("pickup", "КРЭК", "")));
        assertTrue(from.getMessage().startsWith("optovik.mail: from is not an e-mail address"), from.getMessage());
        IllegalArgumentException injected = assertThrows(IllegalArgumentException.class,
                () -> MailSettings.of(config("pickup", "a@b.ru\r\nBcc: x@y.ru", "")));
        assertTrue(injected.getMessage().contains("from"), injected.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MailSettings.of(config("pickup", "a@b.ru", "not an address")));
    }

    @Test
    void pickupStaysTheDefaultUntilAnSmtpHostIsSet() {
        assertEquals("pickup", MailSettings.of(TestMailConfig.of(java.util.Map.of())).transport());
        assertEquals("smtp", MailSettings.of(TestMailConfig.of(java.util.Map.of("smtp.host", "mx.krek.example"))).transport());
        assertEquals("pickup", MailSettings.of(TestMailConfig.of(java.util.Map.of("smtp.host", "mx.krek.example",
                "transport", "pickup"))).transport());
    }

    static MailConfig config(String transport, String from, String returnPath) {
        return TestMailConfig.of(java.util.Map.of("transport", transport, "from", from, "return.path", returnPath));
    }
}
