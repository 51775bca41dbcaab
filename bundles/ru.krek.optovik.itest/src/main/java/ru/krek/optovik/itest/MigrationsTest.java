package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.store.Store;

/** Migrations from db/ are applied once and recorded: a restart of the store applies nothing again. */
class MigrationsTest {

    @AfterEach
    void backToDefaults() throws Exception {
        OptovikFramework.unconfigureStore();
    }

    @Test
    void aSecondStartAppliesNothing() throws Exception {
        OptovikFramework.unconfigureStore();
        Store store = OptovikFramework.readyStore();
        List<String> before = appliedChangeSets(store);
        assertTrue(before.contains("001-settings"), before.toString());

        // A new pool size makes the store open the database afresh and run its migrations again.
        var first = store.status();
        OptovikFramework.configureStore("pool.size", 3);
        OptovikFramework.await("the store to reopen and be ready", () -> store.status() != first && store.status().ready(),
                () -> store.status().toString());
        List<String> after = appliedChangeSets(store);
        assertEquals(before, after, "no change set applied twice or again");
    }

    private static List<String> appliedChangeSets(Store store) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, exectype from databasechangelog order by orderexecuted")) {
            while (rs.next()) {
                assertEquals("EXECUTED", rs.getString(2).trim());
                ids.add(rs.getString(1).trim());
            }
        }
        return ids;
    }
}
