package ru.krek.optovik.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.krek.optovik.catalog.internal.Feed.declarations;
import static ru.krek.optovik.catalog.internal.Feed.file;
import static ru.krek.optovik.catalog.internal.Feed.offer;
import static ru.krek.optovik.catalog.internal.Feed.price;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;

/**
 * db/008 re-keys prices and stock by offer number: a catalog imported before it reads the same after
 * it, is kept whole by the same exchange again, and takes new offers without a clash of numbers.
 */
class OfferNumbersMigrationTest {

    private static final String[] TABLES = { "catalog_group", "catalog_product", "catalog_product_group",
            "catalog_price_type", "catalog_warehouse", "catalog_offer" };

    @TempDir
    Path dir;

    @Test
    void aCatalogKeyedByOfferIdReadsTheSameKeyedByOfferNumber() throws Exception {
        List<String> expected;
        try (TestDatabase now = TestDatabase.embedded(dir.resolve("now"));
                TestDatabase before = TestDatabase.embeddedBefore(dir.resolve("before"), "008-offer-numbers")) {
            FirebirdCatalogStore current = new FirebirdCatalogStore(now);
            exchange(current, CatalogStoreContract::catalogA);
            expected = Snapshot.of(now.dataSource());
            copyAsBefore008(now, before);
            try (Connection c = before.dataSource().getConnection(); Statement s = c.createStatement()) {
                // Written by a run the copy does not hold: old to every run to come, as the originals are to theirs.
                s.executeUpdate("update catalog_offer set first_run = null");
                s.executeUpdate("update catalog_product set first_run = null");
                s.executeUpdate("insert into catalog_price (offer_id, price_type_id, amount, coefficient) values ('ghost', 'retail', 1, 1)");
            }

            before.migrate();

            assertEquals(expected, Snapshot.of(before.dataSource()), "prices and stock found through the offers' numbers");
            assertEquals(0, count(before, "select count(*) from catalog_price c where not exists "
                    + "(select 1 from catalog_offer o where o.offer_no = c.offer_no)"), "a price of no offer is dropped");
            FirebirdCatalogStore migrated = new FirebirdCatalogStore(before);
            ImportRun again = exchange(migrated, CatalogStoreContract::catalogA);
            assertEquals(0, again.counts().changes(), "the same exchange again changes nothing");
            assertEquals(expected, Snapshot.of(before.dataSource()));

            exchange(migrated, i -> {
                List<Object> offers = declarations();
                offers.add(offer("p4", "Диод 1N4007", List.of(price("retail", "0.90")), "w1", 100));
                file(i, "offers.xml", FileKind.OFFERS, true, offers.toArray());
            });
            List<Long> numbers = numbers(before);
            assertEquals(4, numbers.size());
            assertEquals(numbers.size(), new HashSet<>(numbers).size(), "every offer has a number of its own: " + numbers);
            assertTrue(Snapshot.of(before.dataSource()).stream().anyMatch(l -> l.startsWith("price | p4 | retail | 0.9")),
                    "the new offer's price is found through its number");
        }
    }

    private static ImportRun exchange(FirebirdCatalogStore store, Consumer<CatalogImport> files) throws Exception {
        try (CatalogImport i = store.begin(new ImportSource("test", "exchange"), Duration.ofSeconds(5))) {
            files.accept(i);
            return i.commit();
        }
    }

    /** The rows of a catalog as the schema before db/008 held them: prices and stock under the offer's Ид. */
    private static void copyAsBefore008(TestDatabase from, TestDatabase to) throws Exception {
        for (String table : TABLES) {
            List<String> columns = new ArrayList<>();
            try (Connection c = to.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                    "select trim(rdb$field_name) from rdb$relation_fields where rdb$relation_name = upper(?) order by rdb$field_position")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
            }
            copy(from, to, "select " + String.join(", ", columns) + " from " + table, table, columns);
        }
        copy(from, to, "select o.id, c.price_type_id, c.amount, c.currency, c.unit, c.coefficient from catalog_price c "
                + "join catalog_offer o on o.offer_no = c.offer_no", "catalog_price",
                List.of("offer_id", "price_type_id", "amount", "currency", "unit", "coefficient"));
        copy(from, to, "select o.id, c.warehouse_id, c.quantity from catalog_stock c join catalog_offer o on o.offer_no = c.offer_no",
                "catalog_stock", List.of("offer_id", "warehouse_id", "quantity"));
    }

    private static void copy(TestDatabase from, TestDatabase to, String select, String table, List<String> columns)
            throws Exception {
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection source = from.dataSource().getConnection(); Statement s = source.createStatement();
                ResultSet rs = s.executeQuery(select); Connection target = to.dataSource().getConnection();
                PreparedStatement put = target.prepareStatement(insert)) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    put.setObject(i, rs.getObject(i));
                }
                put.executeUpdate();
            }
        }
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> numbers(TestDatabase db) throws Exception {
        List<Long> numbers = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select offer_no from catalog_offer")) {
            while (rs.next()) {
                numbers.add(rs.getLong(1));
            }
        }
        return numbers;
    }
}
