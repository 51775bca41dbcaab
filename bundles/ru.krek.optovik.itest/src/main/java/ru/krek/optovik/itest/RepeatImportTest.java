package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogChange.Kind;
import ru.krek.optovik.api.catalog.ImportRun;

/**
 * Re-importing is exact: A, then B, then A again ends where A alone does, and A twice records no
 * change. B is the generator's next export, so every kind of change it made must be recorded.
 */
class RepeatImportTest {

    /** The catalog as a reader of it sees it: what is present, with every field, prices and stock. */
    private static final List<String> PRESENT = List.of(
            "select id, parent_id, name, sort_order from catalog_group where not gone order by id",
            "select id, catalog_id, article, name, unit, manufacturer, barcode, no_catalog_entry from catalog_product "
                    + "where not gone and not deleted order by id",
            "select pg.product_id, pg.group_id from catalog_product_group pg join catalog_product p on p.id = pg.product_id "
                    + "where not p.gone and not p.deleted order by 1, 2",
            "select o.id, o.product_id, o.name, o.article, o.unit, o.characteristics, o.stock from catalog_offer o "
                    + "join catalog_product p on p.id = o.product_id where not o.gone and not p.gone and not p.deleted order by o.id",
            "select o.id, s.warehouse_id, s.quantity from catalog_stock s join catalog_offer o on o.offer_no = s.offer_no "
                    + "where not o.gone order by 1, 2",
            "select o.id, c.price_type_id, c.amount, c.currency, c.unit, c.coefficient from catalog_price c "
                    + "join catalog_offer o on o.offer_no = c.offer_no where not o.gone order by 1, 2",
            "select id, name, currency, vat_included from catalog_price_type order by id",
            "select id, name from catalog_warehouse order by id");

    @Test
    void aThenBThenAEndsInStateA() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("repeat");
        Path a = f.work.resolve("A");
        Path b = f.work.resolve("B");
        RuntimeTest.gogo("catalog:generate " + a + " --offers 3000 --seed 11");
        String next = RuntimeTest.gogo("catalog:generate " + b + " --offers 3000 --seed 11 --next");

        ImportRun first = CorpusImportTest.succeeded(f.importFiles(a));
        List<List<String>> stateA = snapshot();
        assertEquals(3000, count(f.catalog.changes(first.id())).get(Kind.NEW), "every offer is new the first time");

        ImportRun again = CorpusImportTest.succeeded(f.importFiles(a));
        assertEquals(List.of(), f.catalog.changes(again.id()), "A twice records no change");
        assertEquals(stateA, snapshot());

        ImportRun toB = CorpusImportTest.succeeded(f.importFiles(b));
        expectChangesTheGeneratorMade(next, f.catalog.changes(toB.id()));

        ImportRun back = CorpusImportTest.succeeded(f.importFiles(a));
        assertEquals(stateA, snapshot(), "A after B is A");
        Map<Kind, Long> undo = count(f.catalog.changes(back.id()));
        assertTrue(undo.getOrDefault(Kind.BACK, 0L) > 0, "gone items came back: " + undo);
    }

    private static void expectChangesTheGeneratorMade(String generated, List<CatalogChange> changes) {
        Matcher m = Pattern.compile("changes: (\\d+) price ups, (\\d+) price downs, (\\d+) arrivals, (\\d+) sell-outs, "
                + "(\\d+) new offers, (\\d+) gone offers").matcher(generated);
        assertTrue(m.find(), generated);
        Map<Kind, Long> kinds = count(changes);
        assertEquals(Long.parseLong(m.group(3)), kinds.getOrDefault(Kind.ARRIVAL, 0L), generated + " / " + kinds);
        assertEquals(Long.parseLong(m.group(4)), kinds.getOrDefault(Kind.SOLDOUT, 0L), generated + " / " + kinds);
        assertEquals(Long.parseLong(m.group(5)), kinds.getOrDefault(Kind.NEW, 0L), generated + " / " + kinds);
        assertEquals(Long.parseLong(m.group(6)), kinds.getOrDefault(Kind.GONE, 0L), generated + " / " + kinds);
        List<CatalogChange> retail = changes.stream()
                .filter(c -> c.kind() == Kind.PRICE && "Розничная".equals(c.priceType())).toList();
        assertEquals(Long.parseLong(m.group(1)), retail.stream().filter(c -> c.newValue().compareTo(c.oldValue()) > 0).count(),
                "retail price ups");
        assertEquals(Long.parseLong(m.group(2)), retail.stream().filter(c -> c.newValue().compareTo(c.oldValue()) < 0).count(),
                "retail price downs");
    }

    private static Map<Kind, Long> count(List<CatalogChange> changes) {
        return changes.stream().collect(Collectors.groupingBy(CatalogChange::kind, Collectors.counting()));
    }

    private static List<List<String>> snapshot() throws SQLException {
        List<List<String>> tables = new ArrayList<>();
        try (Connection c = OptovikFramework.readyStore().dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String query : PRESENT) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(query)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                assertTrue(query.contains("catalog_stock") || !rows.isEmpty(), "nothing in " + query);
                tables.add(rows);
            }
        }
        return tables;
    }
}
