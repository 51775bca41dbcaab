package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.ImportRun;

/**
 * Every exchange of real 1C exports, imported through the one importer all entry points use, into a
 * fresh database: the counts are SOURCES.md's, not the parser's.
 */
class CorpusImportTest {

    @Test
    void nestedGroupsCatalogWithItsOffers() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("corpus-05-07");
        ImportRun run = succeeded(f.importFiles(f.corpus("x", "07", "05")));
        CatalogStats s = f.stats();
        assertEquals(13, s.groups(), s.toString());
        assertEquals(283, s.products(), s.toString());
        assertEquals(44, s.offers(), s.toString());
        assertEquals(44, s.prices(), s.toString());
        assertEquals(3, s.warehouses(), s.toString());
        assertEquals(1, s.priceTypes(), s.toString());
        assertEquals("2.07", run.schemaVersion());
        assertEquals(2, run.counts().files());
        assertTrue(run.warnings().isEmpty(), "every offer of 07 has its product in 05: " + run.warnings());
        assertEquals(run.id(), s.lastImport().id());
    }

    @Test
    void aDeletedProductIsNotPresent() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("corpus-06");
        succeeded(f.importFiles(f.corpus("x", "06")));
        CatalogStats s = f.stats();
        assertEquals(1, s.groups(), s.toString());
        assertEquals(35, s.products(), "36 products, one Статус=Удален: " + s);
    }

    @Test
    void schema203CatalogAndOffersWithCharacteristics() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("corpus-14-13");
        succeeded(f.importFiles(f.corpus("x", "13", "14")));
        CatalogStats s = f.stats();
        assertEquals(2, s.groups(), s.toString());
        assertEquals(6, s.products(), s.toString());
        assertEquals(6, s.offers(), s.toString());
        assertEquals(12, s.prices(), s.toString());
        assertEquals(2, s.priceTypes(), s.toString());
    }

    @Test
    void ut11ChangesOnlyPackageAppliesAsOneExchange() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("corpus-08-11");
        // rests and prices first on purpose: the importer orders by content, not by the caller's order
        ImportRun run = succeeded(f.importFiles(f.corpus("x", "11", "10", "09", "08")));
        CatalogStats s = f.stats();
        assertEquals(97, s.groups(), s.toString());
        assertEquals(1, s.warehouses(), s.toString());
        assertEquals(1, s.priceTypes(), s.toString());
        assertEquals(978, s.offers(), s.toString());
        assertEquals(978, s.prices(), s.toString());
        assertEquals(4, run.counts().files());
        assertFalse(run.warnings().isEmpty(), "offers whose products no file describes are reported");
    }

    @Test
    void offersWithoutCatalogBecomeProductsOfTheirOwn() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("corpus-15");
        ImportRun run = succeeded(f.importFiles(f.corpus("x", "15")));
        CatalogStats s = f.stats();
        assertEquals(2, s.offers(), s.toString());
        assertEquals(6, s.prices(), s.toString());
        assertEquals(3, s.priceTypes(), s.toString());
        assertEquals(1, run.counts().warnings(), run.warnings().toString());
    }

    static ImportRun succeeded(ImportRun run) {
        assertEquals(ImportRun.Status.SUCCEEDED, run.status(), () -> "run failed: " + run.error());
        assertTrue(run.finished() != null && !run.finished().isBefore(run.started()), run.toString());
        return run;
    }
}
