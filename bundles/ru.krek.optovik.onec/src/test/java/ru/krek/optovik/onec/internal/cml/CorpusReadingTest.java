package ru.krek.optovik.onec.internal.cml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.api.catalog.Stock;

/** The real 1C exports of the corpus, read whole; every expected count is the one SOURCES.md states. */
class CorpusReadingTest {

    @Test
    void nestedGroupsAndManufacturers() throws Exception {
        RecordingSink s = Corpus.read("05_import0_1_nested_groups_manufacturer.xml");
        assertEquals(FileKind.CATALOG, s.document.kind());
        assertEquals("2.07", s.document.schemaVersion());
        assertFalse(s.document.changesOnly());
        assertEquals(13, s.groups.size());
        assertEquals(283, s.products.size());
        assertTrue(s.ended);

        Map<String, Group> groups = s.groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
        Group mats = groups.get("82cfb8dc-18f9-11e7-80c2-0cc47ab29cd1");
        assertEquals("Коврики для дома", mats.name());
        assertEquals("Детские товары", groups.get(mats.parentId()).name());
        for (int i = 0; i < s.groups.size(); i++) { // parents always come first
            Group g = s.groups.get(i);
            assertTrue(g.parentId() == null || s.groups.subList(0, i).stream().anyMatch(p -> p.id().equals(g.parentId())));
        }

        Product first = s.products.get(0);
        assertEquals("bd8c4e15-18f9-11e7-80c2-0cc47ab29cd1", first.id());
        assertEquals("PM-421-WP", first.article());
        assertEquals("8809288404089", first.barcode());
        assertEquals("Штука", first.unit()); // no text, only attributes and a Пересчет child
        assertEquals("CrazyBoom CO., LTD", first.manufacturer());
        assertEquals(List.of("82cfb8dc-18f9-11e7-80c2-0cc47ab29cd1"), first.groupIds());
        assertEquals("Товар", first.requisites().get("ТипНоменклатуры"));
        assertEquals(List.of("1,4"), first.properties().get("38409b0c-29da-11e9-80c9-0cc47ab29cd1"));
        assertTrue(s.products.stream().allMatch(p -> p.groupIds().stream().allMatch(groups::containsKey)));
        assertTrue(s.properties.stream().anyMatch(p -> "Материал".equals(p.name()) && p.values().containsValue("PVC")));
    }

    @Test
    void oneProductMarkedDeleted() throws Exception {
        RecordingSink s = Corpus.read("06_import0_1_manufacturer.xml");
        assertEquals(1, s.groups.size());
        assertEquals(36, s.products.size());
        assertEquals(35, s.products.stream().filter(p -> !p.deleted()).count());
    }

    @Test
    void offersWithThreeWarehouses() throws Exception {
        RecordingSink s = Corpus.read("07_offers0_1_3warehouses.xml");
        assertEquals(FileKind.OFFERS, s.document.kind());
        assertEquals(44, s.offers.size());
        assertEquals(44, s.prices());
        assertEquals(3, s.warehouses.size());
        assertEquals(List.of("BASE"), s.priceTypes.stream().map(PriceType::name).toList());
        assertEquals(new PriceType("279b6812-740b-11e8-80c8-0cc47ab29cd1", "BASE", "RUB", true), s.priceTypes.get(0));

        Offer first = s.offers.get(0);
        assertEquals(new BigDecimal("100"), first.prices().get(0).amount());
        assertEquals("PCE", first.prices().get(0).unit());
        Stock stock = first.stock();
        assertEquals(new BigDecimal("377"), stock.total());
        assertEquals(new BigDecimal("376"), stock.byWarehouse().get("dd306af1-19c9-11e7-80c2-0cc47ab29cd1"));
        assertEquals(3, stock.byWarehouse().size());
    }

    @Test
    void offersOf07ResolveAgainst05AndOnly36Against06() throws Exception {
        Set<String> offerProducts = Corpus.read("07_offers0_1_3warehouses.xml").offers.stream()
                .map(Offer::productId).collect(Collectors.toSet());
        Set<String> of05 = ids(Corpus.read("05_import0_1_nested_groups_manufacturer.xml").products);
        Set<String> of06 = ids(Corpus.read("06_import0_1_manufacturer.xml").products);
        assertEquals(44, offerProducts.size());
        assertTrue(of05.containsAll(offerProducts));
        assertEquals(36, offerProducts.stream().filter(of06::contains).count());
    }

    @Test
    void ut11ChangesOnlyPackage() throws Exception {
        RecordingSink classifier = Corpus.read("08_ut11_incremental_import_classifier.xml");
        assertEquals(FileKind.CATALOG, classifier.document.kind());
        assertEquals("2.09", classifier.document.schemaVersion());
        assertTrue(classifier.document.changesOnly());
        assertEquals(97, classifier.groups.size());
        assertEquals(1, classifier.warehouses.size());
        assertEquals(List.of("Типовое соглашение Интернет-МХТ"), classifier.priceTypes.stream().map(PriceType::name).toList());
        assertTrue(classifier.priceTypes.get(0).vatIncluded());
        assertEquals(0, classifier.products.size());

        RecordingSink offers = Corpus.read("09_ut11_incremental_offers.xml");
        assertEquals(FileKind.OFFERS, offers.document.kind());
        assertTrue(offers.document.changesOnly());
        assertEquals(978, offers.offers.size());
        assertTrue(offers.offers.stream().allMatch(o -> o.stock() == Stock.UNKNOWN && o.prices().isEmpty()));
        assertTrue(offers.offers.stream().allMatch(o -> o.name() != null));

        RecordingSink prices = Corpus.read("10_ut11_incremental_prices.xml");
        assertEquals(FileKind.PRICES, prices.document.kind());
        assertTrue(prices.document.changesOnly());
        assertEquals(978, prices.offers.size());
        assertEquals(978, prices.prices());
        assertTrue(prices.offers.stream().allMatch(o -> o.stock() == Stock.UNKNOWN));
        String priceType = classifier.priceTypes.get(0).id();
        assertTrue(prices.offers.stream().allMatch(o -> o.prices().get(0).priceTypeId().equals(priceType)));

        RecordingSink rests = Corpus.read("11_ut11_incremental_rests.xml");
        assertEquals(FileKind.RESTS, rests.document.kind());
        assertTrue(rests.document.changesOnly());
        assertEquals(978, rests.offers.size());
        String warehouse = classifier.warehouses.get(0).id();
        assertTrue(rests.offers.stream().allMatch(o -> o.prices().isEmpty() && o.stock().total() != null
                && o.stock().byWarehouse().keySet().equals(Set.of(warehouse))));
        assertEquals(new BigDecimal("1"), rests.offers.get(0).stock().total());
    }

    @Test
    void ut103Offers203WithTwoPriceTypes() throws Exception {
        RecordingSink s = Corpus.read("13_ut103_offers_2_03_two_pricetypes.xml");
        assertEquals("2.03", s.document.schemaVersion());
        assertEquals(FileKind.OFFERS, s.document.kind());
        assertFalse(s.document.changesOnly()); // the element form, written after the offers
        assertEquals(6, s.offers.size());
        assertEquals(12, s.prices());
        assertEquals(List.of("Цена поступления", "Цена продажи"), s.priceTypes.stream().map(PriceType::name).toList());
        assertEquals(List.of(true, false), s.priceTypes.stream().map(PriceType::vatIncluded).toList());
        assertEquals("RUB", s.priceTypes.get(0).currency()); // "руб."
        Offer first = s.offers.get(0);
        assertEquals("c84caed5-d7eb-11e1-95c6-00259037962c", first.productId());
        assertEquals("792ddcc1-eb8e-11e1-bd18-002590800f44", first.characteristicId());
        assertEquals(new BigDecimal("1111"), first.prices().get(0).amount());
        assertEquals("RUB", first.prices().get(0).currency());
        assertEquals("шт", first.unit());
    }

    @Test
    void ut103Catalog203AndItsOffers() throws Exception {
        RecordingSink s = Corpus.read("14_ut103_import_2_03.xml");
        assertEquals("2.03", s.document.schemaVersion());
        assertEquals(2, s.groups.size());
        assertEquals(6, s.products.size());
        assertEquals(s.groups.get(0).id(), s.groups.get(1).parentId());
        assertTrue(s.products.stream().allMatch(p -> p.id().contains("#")));
        Set<String> offers = Corpus.read("13_ut103_offers_2_03_two_pricetypes.xml").offers.stream().map(Offer::id)
                .collect(Collectors.toSet());
        assertEquals(ids(s.products), offers);
    }

    @Test
    void threePriceTypesWithoutCatalog() throws Exception {
        RecordingSink s = Corpus.read("15_cml208_offers_three_pricetypes.xml");
        assertEquals("2.08", s.document.schemaVersion());
        assertEquals(2, s.offers.size());
        assertEquals(6, s.prices());
        assertEquals(List.of("ЦПУ", "ЦП", "Цена поставщика"), s.priceTypes.stream().map(PriceType::name).toList());
        Offer first = s.offers.get(0);
        assertEquals(Map.of("Цвет", "Бежевый"), first.characteristics());
        assertEquals(new BigDecimal("2"), first.stock().total());
        assertTrue(first.stock().byWarehouse().isEmpty());
        assertNull(first.article());
    }

    private static Set<String> ids(List<Product> products) {
        return products.stream().map(Product::id).collect(Collectors.toSet());
    }
}
