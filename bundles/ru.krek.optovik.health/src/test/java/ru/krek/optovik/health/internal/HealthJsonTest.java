package ru.krek.optovik.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.status.SystemStatus;
import ru.krek.optovik.api.store.StoreStatus;

/** The /health shape of DESIGN.md: {"status":"up|down","database":{"reachable":…,"version":"…"},"bundles":{…}}. */
class HealthJsonTest {

    private static SystemStatus status(boolean up, boolean reachable, String version, int active, int total) {
        StoreStatus database = new StoreStatus(up, reachable, version, "embedded", "/srv/optovik/data/optovik.fdb",
                up ? "" : "unavailable");
        return new SystemStatus(up, database, active, total, Duration.ofMinutes(5));
    }

    @Test
    void fullWhenUp() {
        assertEquals("{\"status\":\"up\",\"database\":{\"reachable\":true,\"version\":\"3.0.11\"},"
                + "\"bundles\":{\"active\":41,\"total\":42}}",
                HealthJson.full(status(true, true, "3.0.11", 41, 42)));
    }

    @Test
    void fullWhenDown() {
        assertEquals("{\"status\":\"down\",\"database\":{\"reachable\":false,\"version\":\"\"},"
                + "\"bundles\":{\"active\":0,\"total\":7}}",
                HealthJson.full(status(false, false, "", 0, 7)));
    }

    @Test
    void downWhileTheDatabaseIsReachable() {
        // "up" is the system's verdict, "reachable" the database's: they are reported independently.
        assertEquals("{\"status\":\"down\",\"database\":{\"reachable\":true,\"version\":\"3.0.11\"},"
                + "\"bundles\":{\"active\":30,\"total\":42}}",
                HealthJson.full(status(false, true, "3.0.11", 30, 42)));
    }

    @Test
    void fullEscapesTheVersion() {
        assertEquals("{\"status\":\"up\",\"database\":{\"reachable\":true,\"version\":\"WI-V3.0 \\\"x\\\"\\u000a\"},"
                + "\"bundles\":{\"active\":1,\"total\":1}}",
                HealthJson.full(status(true, true, "WI-V3.0 \"x\"\n", 1, 1)));
    }

    @Test
    void briefTellsOnlyTheStatus() {
        assertEquals("{\"status\":\"up\"}", HealthJson.brief(status(true, true, "3.0.11", 41, 42)));
        assertEquals("{\"status\":\"down\"}", HealthJson.brief(status(false, false, "", 0, 42)));
    }

    @Test
    void escapeQuotesAndBackslashes() {
        assertEquals("say \\\"hi\\\"", HealthJson.escape("say \"hi\""));
        assertEquals("C:\\\\fb\\\\bin", HealthJson.escape("C:\\fb\\bin"));
        assertEquals("\\\\\\\"", HealthJson.escape("\\\""));
    }

    @Test
    void escapeControlCharacters() {
        assertEquals("a\\u000ab\\u000dc\\u0009d", HealthJson.escape("a\nb\rc\td"));
        assertEquals("\\u0000\\u001f", HealthJson.escape("\u0000\u001f"));
        assertEquals("\\u0008\\u000c", HealthJson.escape("\b\f"));
    }

    @Test
    void escapeLeavesEverythingElse() {
        assertEquals("", HealthJson.escape(""));
        assertEquals("3.0.11 Жар-птица / <ok> ' \u007f \u2028", HealthJson.escape("3.0.11 Жар-птица / <ok> ' \u007f \u2028"));
    }

    @Test
    void everyControlCharacterIsEscapedAndOnlyThose() {
        for (char c = 0; c < 0x80; c++) {
            String escaped = HealthJson.escape(String.valueOf(c));
            if (c < 0x20) {
                assertEquals(String.format("\\u%04x", (int) c), escaped);
            } else if (c == '"' || c == '\\') {
                assertEquals("\\" + c, escaped);
            } else {
                assertEquals(String.valueOf(c), escaped);
            }
        }
    }
}
