package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.*;

class SmokeTest {
    @TempDir Path dir;

    @Test
    void smoke() throws Exception {
        try (TestDatabase db = TestDatabase.embedded(dir)) {
            FirebirdCatalogStore store = new FirebirdCatalogStore(db);
            try (CatalogImport imp = store.begin(new ImportSource("test", "smoke"), Duration.ofSeconds(1))) {
                imp.onDocumentStart(new ExchangeDocument("import.xml", FileKind.CATALOG, "2.10", "cat", "cls", false));
                imp.onGroup(new Group("g1", null, "Резисторы", false));
                imp.onProduct(new Product("p1", "A1", "Резистор 1к", "шт", List.of("g1"), "Yageo", null, Map.of(), Map.of(), false));
                imp.onDocumentEnd();
                imp.onDocumentStart(new ExchangeDocument("offers.xml", FileKind.OFFERS, "2.10", "cat", "cls", false));
                imp.onPriceType(new PriceType("rt", "Розничная", "RUB", true));
                imp.onWarehouse(new Warehouse("w1", "Склад"));
                imp.onOffer(new Offer("p1", "p1", null, "Резистор 1к", "A1", "шт", Map.of(),
                        List.of(new Price("rt", new BigDecimal("1.50"), "RUB", "шт", BigDecimal.ONE)),
                        new Stock(new BigDecimal("5"), Map.of("w1", new BigDecimal("5"))), false));
                imp.onOffer(new Offer("x#1", "x", "1", "Orphan", null, "шт", Map.of("Цвет", "Красный"), List.of(), Stock.UNKNOWN, false));
                imp.onDocumentEnd();
                System.out.println(imp.commit());
            }
            System.out.println(store.stats());
            System.out.println(store.changes(1));
        }
    }
}
