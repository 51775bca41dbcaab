package ru.krek.optovik.onec.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.runtime.OptovikHome;

class OnecSettingsTest {

    static final OptovikHome HOME = new OptovikHome(Path.of("/srv/optovik"));

    record Config(String exchange_user, String exchange_password, String inbox, long file_limit) implements OnecConfig {
        @Override
        public Class<? extends Annotation> annotationType() {
            return OnecConfig.class;
        }
    }

    @Test
    void defaultsLeaveTheExchangeOffAndTheInboxUnderHome() {
        OnecSettings s = OnecSettings.of(new Config("", "", "1c/inbox", OnecSettings.DEFAULT_FILE_LIMIT), HOME);
        assertFalse(s.exchangeEnabled());
        assertEquals(Path.of("/srv/optovik/1c/inbox"), s.inbox());
        assertEquals(OnecSettings.defaults(HOME), s);
    }

    @Test
    void aConfiguredAccountEnablesTheExchangeAndNeverShowsInText() {
        OnecSettings s = OnecSettings.of(new Config(" 1c ", "tajna", "/data/drop", 204800), HOME);
        assertTrue(s.exchangeEnabled());
        assertEquals("1c", s.user());
        assertEquals(Path.of("/data/drop"), s.inbox());
        assertFalse(s.toString().contains("tajna"));
    }

    @Test
    void invalidValuesAreRefusedNamingTheKey() {
        assertRefused(new Config("", "tajna", "1c/inbox", 204800), "exchange.user");
        assertRefused(new Config("a:b", "tajna", "1c/inbox", 204800), "exchange.user");
        assertRefused(new Config("1c", "tajna", "1c/inbox", 10), "file.limit");
        assertRefused(new Config("1c", "tajna", "1c/inbox", 2L << 30), "file.limit");
        assertRefused(new Config("1c", "tajna", "1c/exchange/x", 204800), "inbox");
        assertRefused(new Config("1c", "tajna", "1c/processed", 204800), "inbox");
        assertRefused(new Config("1c", "tajna", ".", 204800), "inbox");
    }

    private static void assertRefused(Config config, String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnecSettings.of(config, HOME));
        assertTrue(e.getMessage().startsWith("optovik.onec: ") && e.getMessage().contains(key), e.getMessage());
    }
}
