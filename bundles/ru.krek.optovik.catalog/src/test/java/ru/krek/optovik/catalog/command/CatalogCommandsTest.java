package ru.krek.optovik.catalog.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogChange.Kind;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.testing.EmptyCatalogStore;

/** The output scripts read, over a fixed store (pure formatting: the store itself is tested on Firebird). */
class CatalogCommandsTest {

    private static final Instant T = Instant.parse("2026-03-02T09:15:30.250Z");
    private static final ImportRun OK = new ImportRun(7, new ImportSource("inbox", "exchange 42"), "2.10",
            ImportRun.Status.SUCCEEDED, T, T.plusSeconds(12), new ImportCounts(2, 10, 100, 120, 360, 3, 0), List.of(), null);
    private static final ImportRun FAILED = new ImportRun(8, new ImportSource("shell", "x"), null, ImportRun.Status.FAILED,
            T.plusSeconds(60), T.plusSeconds(61), ImportCounts.NONE, List.of(), "неизвестный тип цены «vip»\nв файле prices.xml");

    private static CatalogStore store(ImportRun last, List<ImportRun> runs, List<CatalogChange> changes) {
        return new EmptyCatalogStore() {
            @Override
            public CatalogStats stats() {
                return new CatalogStats(12, 100, 120, 3, 2, 360, last);
            }

            @Override
            public List<ImportRun> runs(int limit) {
                return runs.subList(0, Math.min(limit, runs.size()));
            }

            @Override
            public Optional<ImportRun> run(Long id) {
                return id == null ? Optional.ofNullable(last) : runs.stream().filter(r -> r.id() == id).findFirst();
            }

            @Override
            public List<CatalogChange> changes(long runId) {
                return changes.stream().filter(c -> c.runId() == runId).toList();
            }

            @Override
            public long state() {
                return last == null ? 0 : last.id();
            }
        };
    }

    @Test
    void statsAreKeyValueLines() throws Exception {
        assertEquals("""
                groups: 12
                products: 100
                offers: 120
                price-types: 3
                warehouses: 2
                prices: 360
                last-import: 7 2026-03-02T09:15:42Z succeeded""", new CatalogCommands(store(OK, List.of(OK), List.of())).stats());
    }

    @Test
    void statsBeforeAnyImportSayNone() throws Exception {
        assertEquals("last-import: none", new CatalogCommands(store(null, List.of(), List.of())).stats().lines()
                .filter(l -> l.startsWith("last-import")).findFirst().orElseThrow());
    }

    @Test
    void runsAreATableWithTheWholeError() throws Exception {
        assertEquals("""
                id  started               finished              status     origin  files  offers  changes  error
                8   2026-03-02T09:16:30Z  2026-03-02T09:16:31Z  failed     shell   0      0       0        неизвестный тип цены «vip» в файле prices.xml
                7   2026-03-02T09:15:30Z  2026-03-02T09:15:42Z  succeeded  inbox   2      120     3""",
                new CatalogCommands(store(FAILED, List.of(FAILED, OK), List.of())).runs());
    }

    @Test
    void aRunCountBelowOneIsBadUsage() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogCommands(store(OK, List.of(OK), List.of())).runs(0));
    }

    @Test
    void changesAreOneTabSeparatedLineEach() throws Exception {
        List<CatalogChange> changes = List.of(
                new CatalogChange(7, Kind.PRICE, "p1", "Резистор 1 кОм", "retail", "Розничная", new BigDecimal("1.5"), new BigDecimal("1.75")),
                new CatalogChange(7, Kind.ARRIVAL, "p2#red", "Светодиод", null, null, BigDecimal.ZERO, new BigDecimal("15")),
                new CatalogChange(7, Kind.NEW, "p3", "Диод", null, null, null, null));
        assertEquals("price\tp1\tРезистор 1 кОм\tРозничная\t1.5 → 1.75\n"
                + "arrival\tp2#red\tСветодиод\t-\t0 → 15\n"
                + "new\tp3\tДиод\t-\t-", new CatalogCommands(store(OK, List.of(OK), changes)).changes());
        assertEquals(new CatalogCommands(store(OK, List.of(OK), changes)).changes(),
                new CatalogCommands(store(OK, List.of(OK), changes)).changes(7));
    }

    @Test
    void changesOfAnUnknownRunIsBadUsage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CatalogCommands(store(OK, List.of(OK), List.of())).changes(99));
        assertEquals("no import run 99 (see catalog:runs)", e.getMessage());
    }

    @Test
    void changesBeforeAnyImportFail() {
        assertThrows(IllegalStateException.class, () -> new CatalogCommands(store(null, List.of(), List.of())).changes());
    }
}
