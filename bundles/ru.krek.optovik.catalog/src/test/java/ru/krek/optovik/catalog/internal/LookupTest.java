package ru.krek.optovik.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprint look-ups answer the same whether asked id by id or read from the whole table. */
class LookupTest {

    private static final int ROWS = 3000;
    @TempDir
    static Path dir;
    private static TestDatabase database;
    /** What the table holds: id → fingerprint (null: held without one). */
    private static final Map<String, Long> STORED = new HashMap<>();

    @BeforeAll
    static void fill() throws Exception {
        database = TestDatabase.embedded(dir);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into catalog_offer (offer_no, id, product_id, gone, fp) "
                            + "values (next value for catalog_offer_no, ?, 'p', false, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    // 1C's offer ids: a product uuid, often with a characteristic's after '#'.
                    String id = String.format("%08x-0000-4000-8000-%012x", i * 7919, i) + (i % 3 == 0 ? "#char-" + i : "");
                    Long fp = i % 7 == 0 ? null : i == 5 ? Long.MIN_VALUE + 1 : 1_000_003L * i - 500_000_000L;
                    insert.setString(1, id);
                    if (fp == null) {
                        insert.setNull(2, Types.BIGINT);
                    } else {
                        insert.setLong(2, fp);
                    }
                    insert.executeUpdate();
                    STORED.put(id, fp);
                }
            }
            return null;
        });
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    @Test
    void aTableReadWholeAnswersAsTheLookUpsById() {
        List<String> asked = new ArrayList<>(STORED.keySet());
        for (int i = 0; i < 400; i++) {
            asked.add(i * 5, "absent-" + i);
        }
        Timing timing = new Timing();
        try (Lookup lookup = new Lookup(database.dataSource(), timing)) {
            for (int from = 0; from < asked.size(); from += Lookup.IDS) {
                List<String> ids = asked.subList(from, Math.min(asked.size(), from + Lookup.IDS));
                Map<String, Long> expected = new HashMap<>();
                for (String id : ids) {
                    if (STORED.containsKey(id)) {
                        expected.put(id, STORED.get(id));
                    }
                }
                assertEquals(expected, lookup.fingerprints("catalog_offer", ids), "ids " + from + "…");
                if (from == 0) {
                    lookup.awaitWhole("catalog_offer"); // the first ask started the read; the others are answered from it
                }
            }
        }
        assertTrue(timing.report().contains("read whole catalog_offer"), timing.report());
        assertTrue(timing.report().contains("look up catalog_offer"), "the first ids are looked up while the table is read");
    }

    @Test
    void withNoConnectionToSpareForTheWholeTableTheLookUpsByIdAnswerAlone() {
        // A pool that refuses the reading thread its own connection, as a too small pool.size would.
        DataSource refusing = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && Thread.currentThread().getName().startsWith("optovik-import-read-")) {
                        throw new SQLException("Connection is not available, request timed out after 5000ms");
                    }
                    try {
                        return method.invoke(database.dataSource(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<String> asked = new ArrayList<>(STORED.keySet()).subList(0, 2 * Lookup.IDS);
        Timing timing = new Timing();
        try (Lookup lookup = new Lookup(refusing, timing)) {
            for (int from = 0; from < asked.size(); from += Lookup.IDS) {
                List<String> ids = asked.subList(from, from + Lookup.IDS);
                Map<String, Long> expected = new HashMap<>();
                ids.forEach(id -> expected.put(id, STORED.get(id)));
                assertEquals(expected, lookup.fingerprints("catalog_offer", ids));
                assertThrows(IllegalStateException.class, () -> lookup.awaitWhole("catalog_offer"), "the read failed");
            }
        }
        assertFalse(timing.report().contains("read whole"), timing.report());
    }

    @Test
    void aTableReadWholeGrowsPastItsEstimateAndKnowsWhatItDoesNotHold() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            StoredFingerprints stored = StoredFingerprints.read(connection, "catalog_offer", 1, () -> false);
            assertEquals(ROWS, stored.size());
            List<String> asked = new ArrayList<>(STORED.keySet());
            asked.add("absent");
            assertEquals(STORED, stored.known(asked));
        }
    }
}
