package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.api.store.StoreStatus;

/** The default store: embedded Firebird in OPTOVIK_HOME/data, created on first start. */
class EmbeddedStoreTest {

    private Store store;

    @BeforeEach
    void embedded() throws Exception {
        OptovikFramework.unconfigureStore();
        store = OptovikFramework.service(Store.class);
        OptovikFramework.await("the embedded database", () -> store.status().ready() && "embedded".equals(store.status().mode()),
                () -> store.status().toString());
    }

    @Test
    void theDatabaseFileIsCreatedUnderOptovikHome() {
        StoreStatus status = store.status();
        Path expected = OptovikHome.of(OptovikFramework.context()).resolve("data/optovik.fdb");
        assertEquals(expected.toString(), status.location());
        assertTrue(Files.isRegularFile(expected));
        assertTrue(status.version().startsWith("3.0."), status.version());
        assertTrue(Files.isDirectory(expected.resolveSibling("lock")), "FIREBIRD_LOCK is private to OPTOVIK_HOME");
    }

    @Test
    void aNewEmbeddedDatabaseKeepsItsOwnLargerPageCache() throws Exception {
        Path file = Files.createTempDirectory("optovik-new-db").resolve("optovik.fdb");
        try {
            OptovikFramework.configureStore("url", "jdbc:firebird:embedded:" + file);
            OptovikFramework.await("the new database", () -> store.status().ready() && store.status().location().equals(file.toString()),
                    () -> store.status().toString());
            assertFalse(Files.exists(file.resolveSibling("optovik.fdb.new")), "made under another name, then moved into place");
            int pages = store.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("select mon$page_buffers from mon$database");
                        ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(8192, pages, "the engine's default is 2048");
        } finally {
            OptovikFramework.unconfigureStore();
        }
    }

    @Test
    void aTransactionCommitsAndKeepsCyrillicIntact() throws SQLException {
        String name = "test.committed." + System.nanoTime();
        store.inTransaction(c -> put(c, name, "ООО «КРЭК» — радиодетали"));
        assertEquals(Optional.of("ООО «КРЭК» — радиодетали"), get(name));
    }

    @Test
    void aFailingTransactionLeavesNothingWritten() {
        String name = "test.rolledback." + System.nanoTime();
        SQLException failure = assertThrows(SQLException.class, () -> store.inTransaction(c -> {
            put(c, name, "first");
            put(c, name, "the same key again violates the primary key");
            return null;
        }));
        assertTrue(failure.getMessage().toLowerCase().contains("primary"), failure.getMessage());
        assertFalse(assertDoesNotThrow(() -> get(name)).isPresent(), "the first insert was rolled back");
    }

    static Object put(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into settings (name, val) values (?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, value);
            return insert.executeUpdate();
        }
    }

    private Optional<String> get(String name) throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("select val from settings where name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> supplier) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(supplier);
    }
}
