package ru.krek.optovik.store.internal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.krek.optovik.api.runtime.OptovikHome;

class DatabaseTargetTest {

    private static final Path HOME_DIR = Path.of("/srv/optovik-home").toAbsolutePath();
    private static final OptovikHome HOME = new OptovikHome(HOME_DIR);
    private static final String PASSWORD = "s3cret-Пароль";

    /** optovik.db as ConfigAdmin would hand it over; the defaults are those of StoreConfig. */
    private record Config(String url, String user, String password, int pool_size) implements StoreConfig {

        static Config url(String url) {
            return new Config(url, "SYSDBA", "", 8);
        }

        Config withPassword(String password) {
            return new Config(url, user, password, pool_size);
        }

        Config withUser(String user) {
            return new Config(url, user, password, pool_size);
        }

        Config withPoolSize(int poolSize) {
            return new Config(url, user, password, poolSize);
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return StoreConfig.class;
        }
    }

    @Test
    void emptyUrlIsTheEmbeddedFileUnderHome() {
        DatabaseTarget target = DatabaseTarget.of(Config.url(""), HOME);

        assertAll(
                () -> assertTrue(target.embedded()),
                () -> assertEquals("embedded", target.mode()),
                () -> assertEquals(HOME_DIR.resolve("data").resolve("optovik.fdb").toString(), target.path()),
                () -> assertEquals(target.path(), target.location()),
                () -> assertEquals("SYSDBA", target.user()),
                () -> assertEquals(8, target.poolSize()));
    }

    @Test
    void blankOrMissingUrlIsAlsoEmbedded() {
        String expected = HOME_DIR.resolve("data/optovik.fdb").toString();
        assertEquals(expected, DatabaseTarget.of(Config.url("   "), HOME).path());
        assertEquals(expected, DatabaseTarget.of(Config.url(null), HOME).path());
        assertTrue(DatabaseTarget.of(Config.url(null), HOME).embedded());
    }

    @Test
    void embeddedRelativeFileResolvesAgainstHome() {
        DatabaseTarget target = DatabaseTarget.of(Config.url("jdbc:firebird:embedded:relative.fdb"), HOME);

        assertTrue(target.embedded());
        assertEquals(HOME_DIR.resolve("relative.fdb").toString(), target.path());
        assertEquals(HOME_DIR.resolve("relative.fdb").toString(), target.location());
    }

    @Test
    void embeddedRelativeFileIsNormalized() {
        DatabaseTarget target = DatabaseTarget.of(Config.url("jdbc:firebird:embedded:db/../other/x.fdb"), HOME);

        assertEquals(HOME_DIR.resolve("other/x.fdb").toString(), target.path());
    }

    @Test
    void embeddedAbsoluteFileIsKeptAsGiven() {
        DatabaseTarget target = DatabaseTarget.of(Config.url("jdbc:firebirdsql:embedded:/var/lib/optovik/x.fdb"), HOME);

        assertTrue(target.embedded());
        assertEquals(Path.of("/var/lib/optovik/x.fdb").toString(), target.path());
    }

    @Test
    void embeddedNeedsNoPassword() {
        DatabaseTarget target = DatabaseTarget.of(Config.url("jdbc:firebird:embedded:x.fdb").withPassword(""), HOME);

        assertTrue(target.embedded());
        assertEquals("", target.password());
    }

    @Test
    void serverUrlGivesHostPortAndPath() {
        DatabaseTarget target = DatabaseTarget.of(
                Config.url("jdbc:firebird://db.krek.local:3051/db/x.fdb").withPassword(PASSWORD).withUser("OPTOVIK"),
                HOME);

        assertAll(
                () -> assertFalse(target.embedded()),
                () -> assertEquals("server", target.mode()),
                () -> assertEquals("db.krek.local", target.host()),
                () -> assertEquals(3051, target.port()),
                () -> assertEquals("db/x.fdb", target.path()),
                () -> assertEquals("OPTOVIK", target.user()),
                () -> assertEquals(PASSWORD, target.password()),
                () -> assertEquals("jdbc:firebird://db.krek.local:3051/db/x.fdb", target.location()));
    }

    @Test
    void serverUrlWithoutPortUsesTheFirebirdDefault() {
        DatabaseTarget target = DatabaseTarget.of(Config.url("jdbc:firebird://host/optovik").withPassword(PASSWORD), HOME);

        assertEquals("host", target.host());
        assertEquals(3050, target.port());
        assertEquals("optovik", target.path());
        assertEquals("jdbc:firebird://host:3050/optovik", target.location());
    }

    @Test
    void serverPathIsNotResolvedAgainstHome() {
        // The path is as the server sees it (or an alias); a local home folder has nothing to do with it.
        DatabaseTarget target = DatabaseTarget.of(
                Config.url("jdbc:firebirdsql://host:3050//var/lib/firebird/x.fdb").withPassword(PASSWORD), HOME);

        assertEquals("/var/lib/firebird/x.fdb", target.path());
    }

    @Test
    void urlIsTrimmed() {
        DatabaseTarget target = DatabaseTarget.of(Config.url("  jdbc:firebird://host:3052/a  ").withPassword(PASSWORD), HOME);

        assertEquals("host", target.host());
        assertEquals(3052, target.port());
        assertEquals("a", target.path());
    }

    @Test
    void blankUserMeansSysdba() {
        assertEquals("SYSDBA", DatabaseTarget.of(Config.url("").withUser("  "), HOME).user());
        assertEquals("SYSDBA", DatabaseTarget.of(Config.url("").withUser(null), HOME).user());
        assertEquals("ANNA", DatabaseTarget.of(Config.url("").withUser(" ANNA "), HOME).user());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postgres://x",
        "jdbc:firebird://",
        "jdbc:firebird://host",
        "jdbc:firebird://host:3050",
        "jdbc:firebird://host:/db",
        "jdbc:firebird://host:port/db",
        "jdbc:firebird://host:123456/db",
        "jdbc:firebird:embedded:",
        "jdbc:postgresql://host:5432/db",
        "optovik.fdb" })
    void malformedUrlIsRejectedNamingUrl(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url(url).withPassword(PASSWORD), HOME));

        assertNamesKey(e, "url");
        assertTrue(e.getMessage().contains(url), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "70000", "65536", "00000" })
    void portOutsideRangeIsRejectedNamingUrl(String port) {
        String url = "jdbc:firebird://host:" + port + "/db";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url(url).withPassword(PASSWORD), HOME));

        assertNamesKey(e, "url");
        assertTrue(e.getMessage().contains("port"), e.getMessage());
    }

    @Test
    void portsAtTheEdgesAreAccepted() {
        assertEquals(1, DatabaseTarget.of(Config.url("jdbc:firebird://h:1/db").withPassword(PASSWORD), HOME).port());
        assertEquals(65535, DatabaseTarget.of(Config.url("jdbc:firebird://h:65535/db").withPassword(PASSWORD), HOME).port());
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 101, -1, Integer.MAX_VALUE })
    void poolSizeOutsideOneToHundredIsRejected(int poolSize) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url("").withPoolSize(poolSize), HOME));

        assertNamesKey(e, "pool.size");
        assertTrue(e.getMessage().contains(String.valueOf(poolSize)), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 100 })
    void poolSizeAtTheEdgesIsAccepted(int poolSize) {
        assertEquals(poolSize, DatabaseTarget.of(Config.url("").withPoolSize(poolSize), HOME).poolSize());
    }

    @Test
    void serverWithoutPasswordIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url("jdbc:firebird://host:3050/db").withPassword(""), HOME));
        assertNamesKey(e, "password");

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url("jdbc:firebird://host:3050/db").withPassword(null), HOME));
        assertNamesKey(missing, "password");
    }

    @Test
    void locationNeverContainsThePassword() {
        DatabaseTarget server = DatabaseTarget.of(
                Config.url("jdbc:firebird://host:3050/db").withPassword(PASSWORD), HOME);
        DatabaseTarget embedded = DatabaseTarget.of(Config.url("").withPassword(PASSWORD), HOME);

        assertEquals(PASSWORD, server.password());
        assertFalse(server.location().contains(PASSWORD), server.location());
        assertFalse(embedded.location().contains(PASSWORD), embedded.location());
    }

    @Test
    void errorsDoNotRevealThePassword() {
        IllegalArgumentException badUrl = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url("postgres://x").withPassword(PASSWORD), HOME));
        IllegalArgumentException badPort = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(Config.url("jdbc:firebird://h:0/db").withPassword(PASSWORD), HOME));

        assertFalse(badUrl.getMessage().contains(PASSWORD), badUrl.getMessage());
        assertFalse(badPort.getMessage().contains(PASSWORD), badPort.getMessage());
    }

    private static void assertNamesKey(IllegalArgumentException e, String key) {
        assertTrue(e.getMessage().contains("optovik.db"), () -> "no PID in: " + e.getMessage());
        assertTrue(e.getMessage().contains(key), () -> "no key '" + key + "' in: " + e.getMessage());
    }
}
