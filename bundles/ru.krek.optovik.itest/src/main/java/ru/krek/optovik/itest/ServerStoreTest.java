package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import ru.krek.optovik.api.store.Store;

/**
 * A real Firebird server (started by run/test) over Jaybird's wire protocol: the store creates
 * the database, migrates it, survives the server going away and uses it again when it returns.
 */
class ServerStoreTest {

    @AfterEach
    void backToEmbedded() throws Exception {
        OptovikFramework.unconfigureStore();
    }

    private static String serverUrl(int port, String file) {
        String dir = OptovikFramework.property("optovik.test.server.dir");
        return "jdbc:firebird://127.0.0.1:" + port + "/" + dir + "/" + file;
    }

    @Test
    void theStoreCreatesAndMigratesADatabaseOnTheServer() throws Exception {
        String url = serverUrl(Integer.parseInt(OptovikFramework.property("optovik.test.server.port")),
                "created-" + System.nanoTime() + ".fdb");
        OptovikFramework.configureStore("url", url, "user", "SYSDBA",
                "password", OptovikFramework.property("optovik.test.server.password"));
        Store store = OptovikFramework.service(Store.class);
        OptovikFramework.await("the server database", () -> store.status().ready() && "server".equals(store.status().mode()),
                () -> store.status().toString());
        assertEquals(url, store.status().location());
        assertFalse(store.status().location().contains(OptovikFramework.property("optovik.test.server.password")));
        store.inTransaction(c -> EmbeddedStoreTest.put(c, "server.test", "Крупный опт"));
        assertEquals("Крупный опт", value(store, "server.test"));
    }

    @Test
    void aServerThatGoesAwayGivesAClearErrorAndIsUsedAgainWhenItReturns() throws Exception {
        try (TcpProxy proxy = new TcpProxy(OptovikFramework.property("optovik.test.server.host"),
                Integer.parseInt(OptovikFramework.property("optovik.test.server.port")))) {
            OptovikFramework.configureStore("url", serverUrl(proxy.port(), "outage-" + System.nanoTime() + ".fdb"),
                    "password", OptovikFramework.property("optovik.test.server.password"));
            Store store = OptovikFramework.service(Store.class);
            OptovikFramework.await("the server database", () -> store.status().ready() && "server".equals(store.status().mode()),
                    () -> store.status().toString());
            store.inTransaction(c -> EmbeddedStoreTest.put(c, "before.outage", "1"));

            proxy.cut();
            OptovikFramework.await("the store to notice the outage", () -> !store.status().ready(),
                    () -> store.status().toString());
            assertTrue(store.status().problem().contains("unavailable"), store.status().problem());
            assertEquals(503, OptovikFramework.get("/health").statusCode());
            assertThrows(SQLException.class, () -> value(store, "before.outage"));
            assertEquals(Bundle.ACTIVE, OptovikFramework.context().getBundle(0).getState(), "the framework stays up");

            proxy.open();
            OptovikFramework.await("the store to come back", () -> store.status().ready(), () -> store.status().toString());
            assertEquals("1", value(store, "before.outage"));
            assertEquals(200, OptovikFramework.get("/health").statusCode());
        }
    }

    static String value(Store store, String name) throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select val from settings where name = '" + name.replace("'", "''") + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
