package ru.krek.optovik.onec.internal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.api.catalog.Warehouse;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;
import ru.krek.optovik.onec.internal.cml.RecordingSink;

/** The generated exchange read back with the real reader, and the next export compared with the first. */
class CatalogGeneratorTest {

    static final int OFFERS = 3000;
    static final long SEED = 42;

    @TempDir
    static Path dir;
    static GenerationSummary first;
    static GenerationSummary next;
    static RecordingSink firstCatalog;
    static RecordingSink firstOffers;
    static RecordingSink nextCatalog;
    static RecordingSink nextOffers;

    @BeforeAll
    static void generate() throws Exception {
        first = new CatalogGenerator(new GeneratorOptions(OFFERS, SEED, false)).writeTo(dir.resolve("first"));
        next = new CatalogGenerator(new GeneratorOptions(OFFERS, SEED, true)).writeTo(dir.resolve("next"));
        firstCatalog = read(first.importFile());
        firstOffers = read(first.offersFile());
        nextCatalog = read(next.importFile());
        nextOffers = read(next.offersFile());
    }

    @Test
    void firstExportReadsBackWithTheRequestedCounts() {
        assertEquals(FileKind.CATALOG, firstCatalog.document.kind());
        assertEquals(FileKind.OFFERS, firstOffers.document.kind());
        assertEquals("2.10", firstOffers.document.schemaVersion());
        assertEquals(OFFERS, firstOffers.offers.size());
        assertEquals(OFFERS, first.offers());
        assertEquals(3 * OFFERS, firstOffers.prices());
        assertEquals(first.prices(), firstOffers.prices());
        assertEquals(first.products(), firstCatalog.products.size());
        assertEquals(first.groups(), firstCatalog.groups.size());
        assertEquals(RadioCatalog.GROUP_PATHS.size(), first.groups());
        assertEquals(0, first.deletedProducts());
        assertEquals(new GenerationSummary.Changes(0, 0, 0, 0, 0, 0, 0), first.changes());

        assertEquals(List.of("Розничная", "Оптовая", "Крупный опт"), firstOffers.priceTypes.stream().map(PriceType::name).toList());
        assertTrue(firstCatalog.priceTypes.stream().allMatch(t -> t.vatIncluded() && "RUB".equals(t.currency())));
        assertEquals(List.of("Москва", "Санкт-Петербург"), firstCatalog.warehouses.stream().map(Warehouse::name).toList());
        assertEquals(firstCatalog.priceTypes, firstOffers.priceTypes);

        Set<String> productIds = firstCatalog.products.stream().map(Product::id).collect(Collectors.toSet());
        assertTrue(firstOffers.offers.stream().allMatch(o -> productIds.contains(o.productId())));
        Set<String> groupIds = firstCatalog.groups.stream().map(Group::id).collect(Collectors.toSet());
        assertTrue(firstCatalog.products.stream().allMatch(p -> groupIds.containsAll(p.groupIds())));
    }

    @Test
    void looksLikeARadioComponentsDistributor() {
        Map<String, Group> groups = firstCatalog.groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
        Group stm32 = firstCatalog.groups.stream().filter(g -> "STM32".equals(g.name())).findFirst().orElseThrow();
        Group controllers = groups.get(stm32.parentId());
        assertEquals("Микроконтроллеры", controllers.name());
        assertEquals("Микросхемы", groups.get(controllers.parentId()).name());
        Set<String> makers = firstCatalog.products.stream().map(Product::manufacturer).collect(Collectors.toSet());
        assertTrue(makers.containsAll(Set.of("Yageo", "Murata", "TE Connectivity", "STMicroelectronics", "Texas Instruments")),
                makers.toString());
        assertTrue(firstCatalog.products.stream().anyMatch(p -> p.article().matches("RC0603[FJ]R-07\\w+L")));
        assertTrue(firstCatalog.products.stream().allMatch(p -> "шт".equals(p.unit()) && p.barcode().length() == 13));

        long split = firstOffers.offers.stream().filter(o -> o.characteristicId() != null).map(Offer::productId).distinct().count();
        double share = (double) split / firstCatalog.products.size();
        assertTrue(share > 0.06 && share < 0.14, "about 10% of products have characteristics: " + share);
        assertTrue(firstOffers.offers.stream().filter(o -> o.characteristicId() != null)
                .allMatch(o -> o.id().equals(o.productId() + "#" + o.characteristicId()) && o.characteristics().size() == 1));

        Offer any = firstOffers.offers.get(0);
        assertEquals(firstCatalog.warehouses.stream().map(Warehouse::id).toList(), List.copyOf(any.stock().byWarehouse().keySet()));
        assertTrue(firstOffers.offers.stream().allMatch(o -> o.prices().get(0).amount().compareTo(o.prices().get(2).amount()) >= 0));
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws Exception {
        GenerationSummary again = new CatalogGenerator(new GeneratorOptions(OFFERS, SEED, false)).writeTo(dir.resolve("again"));
        assertArrayEquals(Files.readAllBytes(first.importFile()), Files.readAllBytes(again.importFile()));
        assertArrayEquals(Files.readAllBytes(first.offersFile()), Files.readAllBytes(again.offersFile()));
        GenerationSummary other = new CatalogGenerator(new GeneratorOptions(OFFERS, SEED + 1, false)).writeTo(dir.resolve("other"));
        assertFalse(Files.mismatch(first.offersFile(), other.offersFile()) < 0);
        assertFalse(Files.exists(dir.resolve("again").resolve(".offers.xml.part")));
    }

    @Test
    void nextExportChangesAsASummaryPromises() {
        Map<String, Offer> before = firstOffers.offers.stream().collect(Collectors.toMap(Offer::id, Function.identity()));
        Map<String, Offer> after = nextOffers.offers.stream().collect(Collectors.toMap(Offer::id, Function.identity()));
        int ups = 0;
        int downs = 0;
        int arrivals = 0;
        int soldOuts = 0;
        for (Offer now : nextOffers.offers) {
            Offer was = before.get(now.id());
            if (was == null) {
                continue;
            }
            int price = now.prices().get(0).amount().compareTo(was.prices().get(0).amount());
            ups += price > 0 ? 1 : 0;
            downs += price < 0 ? 1 : 0;
            boolean had = was.stock().total().signum() > 0;
            boolean has = now.stock().total().signum() > 0;
            arrivals += !had && has ? 1 : 0;
            soldOuts += had && !has ? 1 : 0;
        }
        long added = after.keySet().stream().filter(id -> !before.containsKey(id)).count();
        long gone = before.keySet().stream().filter(id -> !after.containsKey(id)).count();
        Set<String> nextProducts = nextCatalog.products.stream().map(Product::id).collect(Collectors.toSet());
        long absent = firstCatalog.products.stream().filter(p -> !nextProducts.contains(p.id())).count();
        long deleted = nextCatalog.products.stream().filter(Product::deleted).count();

        GenerationSummary.Changes c = next.changes();
        assertEquals(new GenerationSummary.Changes(ups, downs, arrivals, soldOuts, (int) added, (int) gone, (int) absent), c);
        assertEquals(next.deletedProducts(), deleted);
        for (int n : new int[] {ups, downs, arrivals, soldOuts, (int) added, (int) gone, (int) absent, (int) deleted}) {
            assertTrue(n > 0, "every kind of change happens: " + c + ", deleted " + deleted);
        }
        assertEquals(OFFERS - gone + added, nextOffers.offers.size());
        assertEquals(next.offers(), nextOffers.offers.size());
        assertTrue(ups + downs < OFFERS / 5, "a few prices move, not all");
    }

    @Test
    void theSteadySectionIsExactlyTheSameInTheNextExport() {
        String steady = firstCatalog.groups.stream().filter(g -> RadioCatalog.STEADY.equals(g.name())).findFirst().orElseThrow().id();
        Set<String> steadyProducts = nextCatalog.products.stream().filter(p -> p.groupIds().contains(steady)).map(Product::id)
                .collect(Collectors.toSet());
        Set<String> firstSteady = firstCatalog.products.stream().filter(p -> p.groupIds().contains(steady)).map(Product::id)
                .collect(Collectors.toSet());
        assertFalse(firstSteady.isEmpty(), "the steady section has products");
        assertEquals(firstSteady, steadyProducts, "none added, none gone");
        assertTrue(nextCatalog.products.stream().filter(p -> steadyProducts.contains(p.id())).noneMatch(Product::deleted));
        List<Offer> was = firstOffers.offers.stream().filter(o -> steadyProducts.contains(o.productId())).toList();
        List<Offer> now = nextOffers.offers.stream().filter(o -> steadyProducts.contains(o.productId())).toList();
        assertEquals(was, now, "prices and stock as they were");
    }

    @Test
    void deletedProductsKeepTheirPlaceAndLoseTheirOffers() {
        Set<String> deleted = nextCatalog.products.stream().filter(Product::deleted).map(Product::id).collect(Collectors.toSet());
        assertTrue(nextOffers.offers.stream().noneMatch(o -> deleted.contains(o.productId())));
        Map<String, Product> was = firstCatalog.products.stream().collect(Collectors.toMap(Product::id, Function.identity()));
        List<Product> kept = nextCatalog.products.stream().filter(p -> was.containsKey(p.id())).toList();
        assertTrue(kept.size() > first.products() * 9 / 10);
        kept.forEach(p -> assertEquals(was.get(p.id()).article(), p.article(), "the same catalog: products keep their identity"));
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new GeneratorOptions(0, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorOptions(GeneratorOptions.MAX_OFFERS + 1, 1, false));
    }

    @Test
    void aSingleOffer() throws Exception {
        GenerationSummary one = new CatalogGenerator(new GeneratorOptions(1, 5, false)).writeTo(dir.resolve("one"));
        assertEquals(1, read(one.offersFile()).offers.size());
        assertEquals(1, read(one.importFile()).products.size());
    }

    private static RecordingSink read(Path file) throws Exception {
        RecordingSink sink = new RecordingSink();
        new CommerceMlReader().read(file, sink);
        return sink;
    }
}
