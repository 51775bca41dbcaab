package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.api.store.StoreStatus;

/** Bad database settings give one clear error; the framework and the last good database stay. */
class BadConfigurationTest {

    @AfterEach
    void backToDefaults() throws Exception {
        OptovikFramework.unconfigureStore();
    }

    @Test
    void anInvalidUrlKeepsTheLastGoodConfiguration() throws Exception {
        OptovikFramework.unconfigureStore();
        Store store = OptovikFramework.readyStore();
        StoreStatus good = store.status();
        OptovikFramework.configureStore("url", "postgres://db.example/optovik");
        assertTrue(store.status().ready(), store.status().toString());
        assertEquals(good.location(), store.status().location());
    }

    @Test
    void anUnreachableServerGivesAClearErrorAndHealthDown() throws Exception {
        OptovikFramework.configureStore("url", "jdbc:firebird://127.0.0.1:1/nowhere.fdb", "password", "x");
        Store store = OptovikFramework.service(Store.class);
        OptovikFramework.await("the store to report the unreachable server",
                () -> store.status().location().contains(":1/") && !store.status().problem().isEmpty()
                        && !store.status().problem().equals("not checked yet"),
                () -> store.status().toString());
        assertFalse(store.status().ready());
        assertFalse(store.status().reachable());
        assertTrue(store.status().problem().startsWith("database jdbc:firebird://127.0.0.1:1/nowhere.fdb (server) unavailable: "),
                store.status().problem());
        assertEquals(503, OptovikFramework.get("/health").statusCode());
        assertTrue(RuntimeTest.gogo("optovik:status").contains("status: down"));
        assertEquals(Bundle.ACTIVE, OptovikFramework.context().getBundle(0).getState());

        OptovikFramework.unconfigureStore();
        OptovikFramework.await("the embedded database again", () -> store.status().ready(), () -> store.status().toString());
        assertEquals(200, OptovikFramework.get("/health").statusCode());
    }
}
