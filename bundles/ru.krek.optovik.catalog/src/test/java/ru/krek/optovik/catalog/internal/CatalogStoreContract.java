package ru.krek.optovik.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.krek.optovik.catalog.internal.Feed.declarations;
import static ru.krek.optovik.catalog.internal.Feed.deleted;
import static ru.krek.optovik.catalog.internal.Feed.file;
import static ru.krek.optovik.catalog.internal.Feed.group;
import static ru.krek.optovik.catalog.internal.Feed.offer;
import static ru.krek.optovik.catalog.internal.Feed.price;
import static ru.krek.optovik.catalog.internal.Feed.product;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.catalog.KnownGroup;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GenerationSummary;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/** What the catalog store promises, against a real Firebird (embedded and server subclasses). */
abstract class CatalogStoreContract {

    @TempDir
    Path dir;
    TestDatabase db;
    FirebirdCatalogStore store;

    abstract TestDatabase open(Path dir) throws Exception;

    @BeforeEach
    void openDatabase() throws Exception {
        db = open(dir.resolve("db"));
        store = new FirebirdCatalogStore(db);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        db.close();
    }

    ImportRun exchange(Consumer<CatalogImport> files) throws Exception {
        try (CatalogImport i = store.begin(new ImportSource("test", "exchange"), Duration.ofSeconds(5))) {
            files.accept(i);
            return i.commit();
        }
    }

    /** The usual catalog: two groups, three products, offers with prices and stock. */
    static void catalogA(CatalogImport i) {
        file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Резисторы"), group("g2", "g1", "SMD"),
                product("p1", "Резистор 1 кОм", "g2"), product("p2", "Резистор 10 кОм", "g1", "g2"),
                product("p3", "Конденсатор 100 нФ", "g1"));
        List<Object> offers = declarations();
        offers.add(offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.50"), price("wholesale", "1.20")), "w1", 10, "w2", 5));
        offers.add(offer("p2", "Резистор 10 кОм", List.of(price("retail", "2.00")), "w1", 0));
        offers.add(offer("p3", "Конденсатор 100 нФ", List.of(price("retail", "3.00")), "w1", 7));
        file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
    }

    @Test
    void aFullImportIsCountedAndEveryOfferIsNew() throws Exception {
        ImportRun run = exchange(CatalogStoreContract::catalogA);

        assertEquals(ImportRun.Status.SUCCEEDED, run.status());
        assertEquals("2.10", run.schemaVersion());
        assertEquals(2, run.counts().files());
        assertEquals(3, run.counts().offers());
        assertEquals(4, run.counts().prices());
        CatalogStats stats = store.stats();
        assertEquals(new CatalogStats(2, 3, 3, 2, 2, 4, stats.lastImport()), stats);
        assertEquals(run.id(), stats.lastImport().id());
        assertEquals(List.of("NEW p1", "NEW p2", "NEW p3"), kinds(store.changes(run.id())));
    }

    @Test
    void aGroupLeftOutOfAFullImportIsKnownAsGoneAndPriceTypesAreListed() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        assertEquals(List.of(new KnownGroup("g1", null, "Резисторы", false), new KnownGroup("g2", "g1", "SMD", false)),
                store.knownGroups());

        exchange(i -> file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Резисторы"),
                group("g3", null, "Диоды"), product("p1", "Резистор 1 кОм", "g1")));

        assertEquals(List.of("g1", "g3"), store.groups().stream().map(CatalogGroup::id).toList());
        assertEquals(List.of("g1 false", "g2 true", "g3 false"), store.knownGroups().stream()
                .map(g -> g.id() + " " + g.gone()).sorted().toList());
        assertEquals(List.of(new PriceType("wholesale", "Оптовая", "RUB", true), new PriceType("retail", "Розничная", "RUB", true)),
                store.priceTypes(), "by name");
    }

    @Test
    void importingTheSameExchangeTwiceChangesNothingTheSecondTime() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> before = Snapshot.of(db.dataSource());

        ImportRun again = exchange(CatalogStoreContract::catalogA);

        assertEquals(0, again.counts().changes());
        assertEquals(List.of(), store.changes(again.id()));
        assertEquals(before, Snapshot.of(db.dataSource()));
    }

    @Test
    void pricesStockAndPresenceChangesAreRecordedWithOldAndNewValues() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        ImportRun run = exchange(i -> {
            // p3 is deleted in 1C, p4 is new; p1's price rises and it sells out, p2 arrives.
            file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Резисторы"), group("g2", "g1", "SMD"),
                    product("p1", "Резистор 1 кОм", "g2"), product("p2", "Резистор 10 кОм", "g1"),
                    deleted("p3", "Конденсатор 100 нФ"), product("p4", "Диод 1N4148", "g1"));
            List<Object> offers = declarations();
            offers.add(offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.75"), price("wholesale", "1.20")), "w1", 0));
            offers.add(offer("p2", "Резистор 10 кОм", List.of(price("retail", "2.00")), "w1", 12, "w2", 3));
            offers.add(offer("p4", "Диод 1N4148", List.of(price("retail", "0.90")), "w1", 100));
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
        });

        List<CatalogChange> changes = store.changes(run.id());
        assertEquals(List.of("ARRIVAL p2 0 → 15", "GONE p3", "NEW p4", "PRICE p1 retail 1.5 → 1.75", "SOLDOUT p1 15 → 0"),
                describe(changes));
        CatalogChange price = changes.stream().filter(c -> c.kind() == CatalogChange.Kind.PRICE).findFirst().orElseThrow();
        assertEquals("Розничная", price.priceType());
        assertEquals("Резистор 1 кОм", price.name());
        assertEquals(new CatalogStats(2, 3, 3, 2, 2, 4, store.stats().lastImport()), store.stats());

        ImportRun back = exchange(CatalogStoreContract::catalogA);
        assertEquals(List.of("ARRIVAL p1 0 → 15", "BACK p3", "GONE p4", "PRICE p1 retail 1.75 → 1.5", "SOLDOUT p2 15 → 0"),
                describe(store.changes(back.id())));
    }

    @Test
    void aNewOfferFindsTheProductOfItsFullIdFromALaterFileAndIsKeptWhenImportedAgain() throws Exception {
        // 1C's offer id with a characteristic (uuid#uuid, 73 characters); its product is stated under the full id, afterwards.
        String id = "0a1b2c3d-0000-4000-8000-000000000001#0a1b2c3d-0000-4000-8000-000000000002";
        Consumer<CatalogImport> files = i -> {
            List<Object> offers = declarations();
            offers.add(offer(id, "Разъём красный", List.of(price("retail", "5")), "w1", 3));
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
            file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Разъёмы"), product(id, "Разъём красный", "g1"));
        };
        ImportRun run = exchange(files);
        assertEquals(List.of("NEW " + id), kinds(store.changes(run.id())));
        assertEquals(0, run.counts().warnings(), "the product is the one of the offer's full id: none is made");
        List<String> state = Snapshot.of(db.dataSource());
        assertTrue(state.stream().anyMatch(l -> l.startsWith("offer | " + id + " | " + id + " |")), String.join("\n", state));

        ImportRun again = exchange(files);
        assertEquals(List.of(), store.changes(again.id()));
        assertEquals(state, Snapshot.of(db.dataSource()));
    }

    @Test
    void anUnchangedOfferMovesToTheProductOfItsFullIdWhenThatProductAppears() throws Exception {
        String id = "0a1b2c3d-0000-4000-8000-000000000001#0a1b2c3d-0000-4000-8000-000000000002";
        String product = id.substring(0, id.indexOf('#'));
        Consumer<CatalogImport> offersFile = i -> {
            List<Object> offers = declarations();
            offers.add(offer(id, "Разъём красный", List.of(price("retail", "5")), "w1", 3));
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
        };
        exchange(i -> {
            file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Разъёмы"), product(product, "Разъём", "g1"));
            offersFile.accept(i);
        });
        assertTrue(Snapshot.of(db.dataSource()).stream().anyMatch(l -> l.startsWith("offer | " + id + " | " + product + " |")));

        // The offers file is byte for byte the same; only the catalog now has a product of the offer's full id.
        exchange(i -> {
            file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Разъёмы"), product(product, "Разъём", "g1"),
                    product(id, "Разъём красный", "g1"));
            offersFile.accept(i);
        });
        List<String> state = Snapshot.of(db.dataSource());
        assertTrue(state.stream().anyMatch(l -> l.startsWith("offer | " + id + " | " + id + " |")), String.join("\n", state));
    }

    @Test
    void importingAThenBThenAEndsExactlyInStateA() throws Exception {
        GenerationSummary a = new CatalogGenerator(new GeneratorOptions(300, 11, false)).writeTo(dir.resolve("a"));
        GenerationSummary b = new CatalogGenerator(new GeneratorOptions(300, 11, true)).writeTo(dir.resolve("b"));
        CommerceMlReader reader = new CommerceMlReader();
        ImportRun first = read(reader, a);
        List<String> stateA = Snapshot.of(db.dataSource());
        CatalogStats statsA = store.stats();

        ImportRun second = read(reader, b);
        assertFalse(Snapshot.of(db.dataSource()).equals(stateA), "B differs from A");
        assertTrue(second.counts().changes() > 0);
        ImportRun third = read(reader, a);

        assertEquals(stateA, Snapshot.of(db.dataSource()));
        assertEquals(statsA.offers(), store.stats().offers());
        assertEquals(statsA.prices(), store.stats().prices());
        assertEquals(a.offers(), first.counts().offers());
        assertTrue(third.counts().changes() > 0);
        assertEquals(0, read(reader, a).counts().changes(), "A twice records nothing");
    }

    private ImportRun read(CommerceMlReader reader, GenerationSummary files) throws Exception {
        return exchange(i -> {
            try {
                reader.read(files.importFile(), i);
                reader.read(files.offersFile(), i);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aChangesOnlyExchangeTouchesOnlyWhatItNames() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        ImportRun run = exchange(i -> {
            file(i, "import.xml", FileKind.CATALOG, true, product("p1", "Резистор 1 кОм, 0.25 Вт"));
            file(i, "offers.xml", FileKind.OFFERS, true, offer("p1", null, List.of(price("retail", "1.60"))));
        });

        assertEquals(List.of("PRICE p1 retail 1.5 → 1.6"), describe(store.changes(run.id())));
        CatalogStats stats = store.stats();
        assertEquals(List.of(3L, 3L, 4L), List.of(stats.products(), stats.offers(), stats.prices()));
        List<String> snapshot = Snapshot.of(db.dataSource());
        assertTrue(snapshot.contains("product | p1 | cat-1 | A-p1 | Резистор 1 кОм, 0.25 Вт | шт | Yageo | null | false"), snapshot.toString());
        assertTrue(snapshot.contains("member | p1 | g2"), "groups not stated are unchanged");
        assertTrue(snapshot.contains("stock | p1 | w1 | 10.000000"), "stock not stated is unchanged");
        assertTrue(snapshot.contains("price | p1 | wholesale | 1.200000 | RUB | шт | 1.000000"));
    }

    @Test
    void aFullOffersFileRemovesPricesAndStockItDoesNotCarry() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        exchange(i -> file(i, "offers.xml", FileKind.OFFERS, false,
                offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.50")), "w2", 5),
                offer("p2", "Резистор 10 кОм", List.of(price("retail", "2.00"))),
                offer("p3", "Конденсатор 100 нФ", List.of(price("retail", "3.00")))));

        List<String> snapshot = Snapshot.of(db.dataSource());
        assertFalse(snapshot.stream().anyMatch(l -> l.startsWith("price | p1 | wholesale")), snapshot.toString());
        assertTrue(snapshot.contains("stock | p1 | w2 | 5.000000"));
        assertFalse(snapshot.stream().anyMatch(l -> l.startsWith("stock | p1 | w1")), "a warehouse not named is gone");
        assertTrue(snapshot.stream().anyMatch(l -> l.startsWith("offer | p3 |") && l.endsWith("| null")),
                "stock the full file did not state is unknown: " + snapshot);
    }

    @Test
    void offersWithoutACatalogEntryGetAProductOfTheirOwnAndOneWarning() throws Exception {
        ImportRun run = exchange(i -> {
            List<Object> items = declarations();
            items.add(offer("x1#red", "Светодиод красный", List.of(price("retail", "5"))));
            items.add(offer("x1#green", "Светодиод зелёный", List.of(price("retail", "5"))));
            items.add(offer("x2", "Кнопка", List.of(price("retail", "7"))));
            file(i, "offers.xml", FileKind.OFFERS, false, items.toArray());
        });

        assertEquals(1, run.warnings().size());
        assertEquals(1, run.counts().warnings());
        assertTrue(run.warnings().get(0).contains("2 products") && run.warnings().get(0).contains("x1, x2"), run.warnings().get(0));
        assertEquals(5, run.counts().products() + run.counts().offers());
        assertEquals(List.of(2L, 3L), List.of(store.stats().products(), store.stats().offers()));
        assertTrue(Snapshot.of(db.dataSource()).contains("product | x1 | cat-1 | A-x1#red | Светодиод красный | шт | null | null | true")
                || Snapshot.of(db.dataSource()).stream().anyMatch(l -> l.startsWith("product | x1 |") && l.endsWith("| true")));
    }

    @Test
    void anUnknownPriceTypeFailsTheRunAndChangesNothing() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> before = Snapshot.of(db.dataSource());
        CatalogImport i = store.begin(new ImportSource("test", "bad"), Duration.ofSeconds(5));
        file(i, "prices.xml", FileKind.PRICES, false, offer("p1", "Резистор", List.of(price("vip", "1.00"))));
        CatalogImportException e = assertThrows(CatalogImportException.class, i::commit);

        assertTrue(e.getMessage().contains("«vip»") && e.getMessage().contains("prices.xml"), e.getMessage());
        ImportRun run = store.run(i.runId()).orElseThrow();
        assertEquals(ImportRun.Status.FAILED, run.status());
        assertEquals(e.getMessage(), run.error());
        assertEquals(before, Snapshot.of(db.dataSource()));
        i.close();
    }

    @Test
    void anUnknownWarehouseFailsTheRunAndChangesNothing() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> before = Snapshot.of(db.dataSource());
        CatalogImport i = store.begin(new ImportSource("test", "bad"), Duration.ofSeconds(5));
        file(i, "import.xml", FileKind.CATALOG, false, product("p9", "Новый"));
        file(i, "rests.xml", FileKind.RESTS, false, offer("p1", "Резистор", List.of(), "nowhere", 3));
        CatalogImportException e = assertThrows(CatalogImportException.class, i::commit);

        assertTrue(e.getMessage().contains("«nowhere»") && e.getMessage().contains("rests.xml"), e.getMessage());
        assertEquals(ImportRun.Status.FAILED, store.run(i.runId()).orElseThrow().status());
        assertEquals(before, Snapshot.of(db.dataSource()));
    }

    @Test
    void anAbandonedImportFailsItsRunAndChangesNothing() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> before = Snapshot.of(db.dataSource());
        long runId;
        try (CatalogImport i = store.begin(new ImportSource("test", "abandoned"), Duration.ofSeconds(5))) {
            runId = i.runId();
            file(i, "import.xml", FileKind.CATALOG, false, product("p9", "Новый"));
            assertEquals(ImportRun.Status.RUNNING, store.run(runId).orElseThrow().status());
        }
        ImportRun run = store.run(runId).orElseThrow();
        assertEquals(ImportRun.Status.FAILED, run.status());
        assertTrue(run.error().contains("abandoned"), run.error());
        assertEquals(before, Snapshot.of(db.dataSource()));
        assertEquals(runId, store.stats().lastImport().id());
    }

    @Test
    void aFailedImportKeepsTheReasonItWasGiven() throws Exception {
        CatalogImport i = store.begin(new ImportSource("test", "truncated"), Duration.ofSeconds(5));
        file(i, "import.xml", FileKind.CATALOG, false, product("p9", "Новый"));
        ImportRun run = i.fail("import.xml, строка 12: неожиданный конец файла");

        assertEquals(ImportRun.Status.FAILED, run.status());
        assertEquals("import.xml, строка 12: неожиданный конец файла", run.error());
        assertEquals(0, store.stats().products());
        assertThrows(IllegalStateException.class, i::commit);
    }

    @Test
    void aValueTooLongForTheCatalogIsRefusedByName() throws Exception {
        CatalogImport i = store.begin(new ImportSource("test", "long"), Duration.ofSeconds(5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> file(i, "import.xml", FileKind.CATALOG, false, product("p1", "Я".repeat(1001))));
        assertTrue(e.getMessage().contains("import.xml") && e.getMessage().contains("«p1»")
                && e.getMessage().contains("Наименование"), e.getMessage());
        assertThrows(CatalogImportException.class, i::commit);
        assertEquals(ImportRun.Status.FAILED, store.run(i.runId()).orElseThrow().status());
        assertEquals(0, store.stats().products());
    }

    @Test
    void aLongNameWithinTheLimitIsStoredWhole() throws Exception {
        String name = "Резистор ".repeat(120).substring(0, 1000);
        exchange(i -> file(i, "import.xml", FileKind.CATALOG, false, product("p1", name)));
        assertTrue(Snapshot.of(db.dataSource()).stream().anyMatch(l -> l.contains(name)));
    }

    @Test
    void aSecondImportWaitsThenIsRefusedWithTheHolderNamed() throws Exception {
        FirebirdCatalogStore other = new FirebirdCatalogStore(db); // as another process would: its own connections
        try (CatalogImport first = store.begin(new ImportSource("inbox", "exchange-1"), Duration.ofSeconds(5))) {
            long start = System.nanoTime();
            CatalogImportException e = assertThrows(CatalogImportException.class,
                    () -> other.begin(new ImportSource("shell", "exchange-2"), Duration.ofMillis(1500)));
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waited >= 1400, "waited " + waited + " ms");
            assertTrue(e.getMessage().startsWith("another import is running (run " + first.runId() + " since "), e.getMessage());
            first.commit();
        }
        try (CatalogImport next = other.begin(new ImportSource("shell", "exchange-2"), Duration.ofMillis(100))) {
            assertEquals(ImportRun.Status.SUCCEEDED, next.commit().status());
        }
    }

    @Test
    void aWaitingImportStartsWhenTheRunningOneEnds() throws Exception {
        CatalogImport first = store.begin(new ImportSource("inbox", "exchange-1"), Duration.ofSeconds(5));
        Thread ender = new Thread(() -> {
            try {
                Thread.sleep(700);
                first.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ender.start();
        try (CatalogImport second = new FirebirdCatalogStore(db).begin(new ImportSource("shell", "exchange-2"),
                Duration.ofSeconds(20))) {
            assertEquals(ImportRun.Status.SUCCEEDED, store.run(first.runId()).orElseThrow().status());
            catalogA(second);
            assertEquals(ImportRun.Status.SUCCEEDED, second.commit().status());
        }
        ender.join();
    }

    @Test
    void runsAreListedNewestFirst() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        store.begin(new ImportSource("test", "abandoned"), Duration.ofSeconds(1)).close();
        List<ImportRun> runs = store.runs(10);
        assertEquals(2, runs.size());
        assertEquals(List.of(ImportRun.Status.FAILED, ImportRun.Status.SUCCEEDED), runs.stream().map(ImportRun::status).toList());
        assertEquals(1, store.runs(1).size());
    }

    // Unchanged items skip the apply by their fingerprints; these pin that nothing else is skipped with them.

    @Test
    void aChangedPriceInAPricesFileIsRecordedWhenTheOffersFileIsUnchanged() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> before = Snapshot.of(db.dataSource());
        ImportRun run = exchange(i -> {
            catalogA(i);
            file(i, "prices.xml", FileKind.PRICES, false, offer("p1", null, List.of(price("retail", "1.75"))));
        });

        assertEquals(List.of("PRICE p1 retail 1.5 → 1.75"), describe(store.changes(run.id())));
        List<String> after = Snapshot.of(db.dataSource());
        assertTrue(after.contains("price | p1 | retail | 1.750000 | RUB | шт | 1.000000"), after.toString());
        assertTrue(after.contains("price | p1 | wholesale | 1.200000 | RUB | шт | 1.000000"), "the offers file carried it");
        assertEquals(before.size(), after.size(), "nothing gone, nothing added");
    }

    @Test
    void aChangesOnlyPriceAfterAnUnchangedFullExchangeIsRecorded() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        ImportRun run = exchange(i -> {
            catalogA(i);
            file(i, "offers_1.xml", FileKind.OFFERS, true, offer("p2", null, List.of(price("retail", "2.50"))));
        });
        assertEquals(List.of("PRICE p2 retail 2 → 2.5"), describe(store.changes(run.id())));
        assertEquals(0, exchange(i -> {
            catalogA(i);
            file(i, "offers_1.xml", FileKind.OFFERS, true, offer("p2", null, List.of(price("retail", "2.50"))));
        }).counts().changes(), "the same again");
    }

    @Test
    void anOfferNamedAgainInALaterFullFileTakesItsLaterValues() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        ImportRun run = exchange(i -> {
            catalogA(i);
            file(i, "offers_2.xml", FileKind.OFFERS, false,
                    offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.60")), "w1", 0));
        });
        assertEquals(List.of("PRICE p1 retail 1.5 → 1.6", "SOLDOUT p1 15 → 0"), describe(store.changes(run.id())));
        List<String> after = Snapshot.of(db.dataSource());
        assertTrue(after.contains("price | p1 | wholesale | 1.200000 | RUB | шт | 1.000000"), after.toString());
        assertFalse(after.stream().anyMatch(l -> l.startsWith("stock | p1 | w2")), "the later file's stock counts");
    }

    @Test
    void anUnchangedOfferStatedAgainLaterInTheExchangeTakesTheLaterValuesAndComesBackWithTheUnchangedExchange() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> stateA = Snapshot.of(db.dataSource());
        exchange(i -> {
            catalogA(i);
            file(i, "rests.xml", FileKind.OFFERS, false, offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.60")), "w1", 0));
        });
        List<String> later = Snapshot.of(db.dataSource());
        assertTrue(later.stream().anyMatch(l -> l.startsWith("offer | p1 |") && l.endsWith("| 0.000000")), "the later stock total: " + later);

        exchange(CatalogStoreContract::catalogA);
        assertEquals(stateA, Snapshot.of(db.dataSource()));
    }

    @Test
    void pricesAndStockTakenAwayComeBackWithTheUnchangedExchange() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        List<String> stateA = Snapshot.of(db.dataSource());
        exchange(i -> {
            List<Object> offers = declarations();
            offers.add(offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.50"), price("wholesale", "1.20")), "w1", 10, "w2", 5));
            offers.add(offer("p2", "Резистор 10 кОм", List.of(), "w1", 0));
            offers.add(offer("p3", "Конденсатор 100 нФ", List.of(price("retail", "3.00"))));
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
        });
        List<String> taken = Snapshot.of(db.dataSource());
        assertFalse(taken.stream().anyMatch(l -> l.startsWith("price | p2")), taken.toString());
        assertFalse(taken.stream().anyMatch(l -> l.startsWith("stock | p3")), taken.toString());

        exchange(CatalogStoreContract::catalogA);
        assertEquals(stateA, Snapshot.of(db.dataSource()));
    }

    @Test
    void anOfferLeftOutOfAnUnchangedFullExportIsGoneAndComesBack() throws Exception {
        exchange(CatalogStoreContract::catalogA);
        ImportRun without = exchange(i -> {
            List<Object> offers = declarations();
            offers.add(offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.50"), price("wholesale", "1.20")), "w1", 10, "w2", 5));
            offers.add(offer("p3", "Конденсатор 100 нФ", List.of(price("retail", "3.00")), "w1", 7));
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
        });
        assertEquals(List.of("GONE p2"), describe(store.changes(without.id())));
        ImportRun back = exchange(CatalogStoreContract::catalogA);
        assertEquals(List.of("BACK p2"), describe(store.changes(back.id())));
        assertEquals(List.of(), store.changes(exchange(CatalogStoreContract::catalogA).id()));
    }

    @Test
    void aFirstImportStatingOffersAgainInALaterFileTakesTheLaterValues() throws Exception {
        // Enough offers to fill whole staging blocks, so first and later statements travel in separate batches.
        int count = 300;
        ImportRun run = exchange(i -> {
            file(i, "import.xml", FileKind.CATALOG, false, group("g1", null, "Резисторы"));
            List<Object> offers = declarations();
            List<Object> later = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                offers.add(offer("o" + n, "Резистор " + n, List.of(price("retail", "1.00"), price("wholesale", "0.90")), "w1", 5, "w2", 1));
                later.add(offer("o" + n, "Резистор " + n, List.of(price("retail", "2.00")), "w1", 0));
            }
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
            file(i, "prices.xml", FileKind.OFFERS, false, later.toArray());
        });
        assertEquals(count, kinds(store.changes(run.id())).stream().filter(k -> k.startsWith("NEW ")).count());
        assertEquals(count, store.changes(run.id()).size(), "a first import records its offers as new, nothing else");
        List<String> state = Snapshot.of(db.dataSource());
        for (int i = 0; i < count; i += 37) {
            String n = String.valueOf(i);
            assertTrue(state.contains("price | o" + n + " | retail | 2.000000 | RUB | шт | 1.000000"), "later price of o" + n);
            assertTrue(state.contains("price | o" + n + " | wholesale | 0.900000 | RUB | шт | 1.000000"), "first price kept, o" + n);
            assertFalse(state.stream().anyMatch(l -> l.startsWith("stock | o" + n + " | w2")), "only the later file's stock, o" + n);
        }
    }

    @Test
    void aFirstImportStatingProductsAgainInALaterFileTakesTheLaterValuesAndGroupsAndLosesNone() throws Exception {
        // Enough products to fill whole blocks: those written new travel apart from the later statements staged over them.
        int count = 300;
        ImportRun run = exchange(i -> {
            List<Object> first = new ArrayList<>(List.of(group("g1", null, "Резисторы"), group("g2", null, "Диоды")));
            List<Object> later = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                first.add(product("p" + n, "Резистор " + n, "g1"));
                if (n % 2 == 0) {
                    later.add(product("p" + n, "Диод " + n, "g2"));
                }
            }
            file(i, "import.xml", FileKind.CATALOG, false, first.toArray());
            file(i, "import_2.xml", FileKind.CATALOG, false, later.toArray());
        });
        assertEquals(ImportRun.Status.SUCCEEDED, run.status());
        assertEquals(count, store.stats().products(), "a product of the first file is not gone for missing from the second");
        List<String> state = Snapshot.of(db.dataSource());
        for (int n = 0; n < count; n += 7) {
            boolean restated = n % 2 == 0;
            String product = "product | p" + n + " |";
            assertTrue(state.stream().anyMatch(l -> l.startsWith(product) && l.contains(restated ? "Диод " : "Резистор ")),
                    "the later name counts, p" + n);
            assertTrue(state.contains("member | p" + n + " | " + (restated ? "g2" : "g1")), "its last stated group, p" + n);
            assertFalse(state.contains("member | p" + n + " | " + (restated ? "g1" : "g2")), "no other group, p" + n);
        }
    }

    @Test
    void aPriceTypeTwiceInOneOfferKeepsTheLastPrice() throws Exception {
        exchange(i -> {
            List<Object> offers = declarations();
            offers.add(offer("p1", "Резистор 1 кОм", List.of(price("retail", "1.50"), price("retail", "1.70")), "w1", 10));
            file(i, "offers.xml", FileKind.OFFERS, false, offers.toArray());
        });
        List<String> state = Snapshot.of(db.dataSource());
        assertTrue(state.contains("price | p1 | retail | 1.700000 | RUB | шт | 1.000000"), state.toString());
        assertEquals(1, state.stream().filter(l -> l.startsWith("price | p1 |")).count(), state.toString());
    }

    static List<String> kinds(List<CatalogChange> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.offerId()).toList();
    }

    static List<String> describe(List<CatalogChange> changes) {
        List<String> lines = new ArrayList<>();
        for (CatalogChange c : changes) {
            String line = c.kind() + " " + c.offerId() + (c.priceTypeId() == null ? "" : " " + c.priceTypeId());
            if (c.oldValue() != null || c.newValue() != null) {
                line += " " + plain(c.oldValue()) + " → " + plain(c.newValue());
            }
            lines.add(line);
        }
        return lines;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.toPlainString();
    }

    @Test
    void offersComeInGroupOrderWithThePriceOfOneTypeAndTheirStock() throws Exception {
        assertEquals(0, store.state());
        long run = exchange(CatalogStoreContract::catalogA).id();
        assertEquals(run, store.state());
        assertEquals(List.of("Оптовая", "Розничная"), store.priceTypes().stream().map(t -> t.name()).toList());
        assertEquals(List.of("Магазин", "Основной склад"), store.warehouses().stream().map(w -> w.name()).toList());

        List<ru.krek.optovik.api.catalog.CatalogOffer> all = new ArrayList<>();
        store.offers(List.of(), "retail", all::add);
        assertEquals(List.of("g1 p3", "g1 p2", "g2 p1", "g2 p2"), all.stream().map(o -> o.groupId() + " " + o.id()).toList());
        ru.krek.optovik.api.catalog.CatalogOffer p1 = all.get(2);
        assertEquals(new BigDecimal("1.5"), p1.price().amount());
        assertEquals("RUB", p1.price().currency());
        assertEquals(new BigDecimal("15"), p1.stock());
        assertEquals(java.util.Map.of("w1", new BigDecimal("10"), "w2", new BigDecimal("5")), p1.stockByWarehouse());
        assertEquals("Yageo", p1.manufacturer());
        assertEquals("A-p1", p1.article());
        assertEquals("шт", p1.unit());

        List<ru.krek.optovik.api.catalog.CatalogOffer> smd = new ArrayList<>();
        store.offers(List.of("g2"), "wholesale", smd::add);
        assertEquals(List.of("p1", "p2"), smd.stream().map(o -> o.id()).toList());
        assertEquals(new BigDecimal("1.2"), smd.get(0).price().amount());
        assertEquals(null, smd.get(1).price(), "no wholesale price for p2");

        List<String> subtree = new ArrayList<>();
        store.offers(List.of("g1", "g2"), "retail", o -> subtree.add(o.groupId() + " " + o.id()));
        assertEquals(List.of("g1 p3", "g1 p2", "g2 p1", "g2 p2"), subtree, "a node and its subgroup listed: each once");

        IllegalStateException stop = new IllegalStateException("stop");
        assertEquals(stop, assertThrows(IllegalStateException.class, () -> store.offers(List.of(), "retail", o -> {
            throw stop;
        })));
    }
}
