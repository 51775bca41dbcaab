package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;

/** Clients' price lists from a generated catalog, through the PriceLists service, in the running framework. */
class PriceListTest {

    private static PriceListFixture f;
    private static String retail;
    private static String gapped;
    private static String emptied;
    private static String parent;
    private static String child;
    private static String leaf;

    @BeforeAll
    static void catalogWithGaps() throws Exception {
        f = new PriceListFixture("pricelists", 11);
        List<String> types = f.priceTypes();
        retail = types.get(0);
        gapped = types.get(1);
        emptied = types.get(2);
        String[] pc = ClientFixture.parentAndChild();
        parent = pc[0];
        child = pc[1];
        // five offers have no price in the second type; one leaf group has none in the third
        ClientFixture.update("delete from catalog_price where price_type_id = ? and offer_no in "
                + "(select first 5 offer_no from catalog_offer where present = true order by id)", gapped);
        leaf = ClientFixture.column("select first 1 g.id from catalog_group g where g.gone = false and not exists "
                + "(select 1 from catalog_group c where c.parent_id = g.id) and exists (select 1 from catalog_product_group pg "
                + "where pg.group_id = g.id) order by g.id").get(0);
        ClientFixture.update("delete from catalog_price where price_type_id = ? and offer_no in (select o.offer_no from catalog_offer o "
                + "join catalog_product_group pg on pg.product_id = o.product_id where pg.group_id = ?)", emptied, leaf);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aPlainPriceTypeListsEveryPresentOfferAtItsPrice() throws Exception {
        long discount = f.discount("Розница как есть", retail, null, Map.of(), Rounding.KOPECK);
        long client = f.client("ООО «Все группы»", Groups.everything(), discount, false, StockView.TOTAL);
        TextList list = f.list(client);
        Map<String, BigDecimal> prices = PriceListFixture.prices(retail);
        List<String> present = ClientFixture.column("select id from catalog_offer where present = true");
        assertEquals(new HashSet<>(present), lineIds(list), "every present offer, once");
        for (TextList.Line line : list.lines()) {
            assertEquals(0, prices.get(line.offerId()).compareTo(line.price()), line.toString());
        }
        assertEquals(0, list.leftOut());
        assertEquals("цены с НДС", list.header()[3], "the generated price types include VAT");
        assertEquals("RUB", list.header()[2]);
    }

    @Test
    void aPercentageWithAGroupOverrideIsAppliedToTheGroupAndItsSubgroups() throws Exception {
        long discount = f.discount("Опт −10 %, группа −25 %", retail, "10", Map.of(child, new BigDecimal("25")), Rounding.RUBLE);
        long client = f.client("ООО «Одна ветка»", Groups.of(List.of(parent)), discount, false, StockView.TOTAL);
        TextList list = f.list(client);
        Set<String> branch = f.subtree(parent);
        Set<String> overridden = f.subtree(child);
        Map<String, BigDecimal> prices = PriceListFixture.prices(retail);
        assertFalse(list.lines().isEmpty());
        assertTrue(list.lines().stream().anyMatch(l -> overridden.contains(l.group())), "some lines under the override");
        assertTrue(list.lines().stream().anyMatch(l -> !overridden.contains(l.group())), "some lines outside it");
        for (TextList.Line line : list.lines()) {
            assertTrue(branch.contains(line.group()), line + " outside the client's group");
            BigDecimal factor = new BigDecimal(overridden.contains(line.group()) ? "0.75" : "0.90");
            assertEquals(Rounding.RUBLE.apply(prices.get(line.offerId()).multiply(factor)), line.price(), line.toString());
        }
    }

    @Test
    void clientsWithIdenticalTermsShareOneFileUnderTheirOwnNames() throws Exception {
        long discount = f.discount("Общие условия", retail, "5", Map.of(), Rounding.KOPECK);
        long first = f.client("ООО «Первый»", Groups.of(List.of(parent)), discount, true, StockView.TOTAL);
        long second = f.client("ООО «Второй»", Groups.of(List.of(parent)), discount, true, StockView.TOTAL);
        long other = f.client("ООО «Другой»", Groups.of(List.of(parent)), discount, false, StockView.TOTAL);
        PriceListFile a = f.lists.build(first, "text").orElseThrow();
        PriceListFile b = f.lists.build(second, "text").orElseThrow();
        PriceListFile c = f.lists.build(other, "text").orElseThrow();
        assertEquals(a.path(), b.path(), "one build for both");
        assertNotEquals(a.path(), c.path(), "other options, another build");
        assertTrue(a.fileName().contains("ooo-pervyi") && a.fileName().endsWith(".txt"), a.fileName());
        assertTrue(b.fileName().contains("ooo-vtoroi"), b.fileName());
        assertFalse(java.nio.file.Files.readString(a.path()).contains("Первый"), "the shared file names no client");
    }

    @Test
    void offersWithoutAPriceInTheTypeAreLeftOutAndCounted() throws Exception {
        long discount = f.discount("Вторая цена", gapped, null, Map.of(), Rounding.KOPECK);
        long client = f.client("ООО «Пропуски»", Groups.everything(), discount, false, StockView.TOTAL);
        PriceListFile file = f.lists.build(client, "text").orElseThrow();
        int present = ClientFixture.column("select id from catalog_offer where present = true").size();
        assertEquals(5, file.leftOut());
        assertEquals(present - 5, file.lines());
        assertEquals(5, TextList.read(file.path()).leftOut(), "the list itself says how many");
    }

    @Test
    void inStockOnlyListsOnlyOffersWithStock() throws Exception {
        long discount = f.discount("Только наличие", retail, null, Map.of(), Rounding.KOPECK);
        TextList list = f.list(f.client("ООО «Наличие»", Groups.everything(), discount, true, StockView.TOTAL));
        int inStock = ClientFixture.column("select id from catalog_offer where present = true and stock > 0").size();
        assertEquals(inStock, list.lines().size());
        assertTrue(list.lines().stream().allMatch(l -> l.stock().signum() > 0));
        assertTrue(inStock < ClientFixture.column("select id from catalog_offer where present = true").size(),
                "the generated catalog has offers out of stock, or this proves nothing");
    }

    @Test
    void stockPerWarehouseGivesOneColumnPerWarehouseAddingUpToTheTotal() throws Exception {
        long discount = f.discount("По складам", retail, null, Map.of(), Rounding.KOPECK);
        TextList list = f.list(f.client("ООО «Склады»", Groups.everything(), discount, false, StockView.PER_WAREHOUSE));
        assertEquals(2, list.header()[5].split(",").length, "two warehouses named: " + list.header()[5]);
        for (TextList.Line line : list.lines()) {
            assertEquals(2, line.byWarehouse().size(), line.toString());
            if (line.stock() != null && line.byWarehouse().stream().noneMatch("-"::equals)) {
                BigDecimal sum = line.byWarehouse().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, sum.compareTo(line.stock()), line.toString());
            }
        }
    }

    @Test
    void aListWithoutLinesIsNoFile() throws Exception {
        long discount = f.discount("Пустая", emptied, null, Map.of(), Rounding.KOPECK);
        long client = f.client("ООО «Пусто»", Groups.of(List.of(leaf)), discount, false, StockView.TOTAL);
        assertTrue(f.lists.build(client, "text").isEmpty());
    }

    @Test
    void badRequestsAreRefusedByName() throws Exception {
        long discount = f.discount("Для ошибок", retail, null, Map.of(), Rounding.KOPECK);
        long client = f.client("ООО «Ошибки»", Groups.everything(), discount, false, StockView.TOTAL);
        assertTrue(assertThrows(PriceListException.class, () -> f.lists.build(client, "nope")).getMessage().contains("no format nope"));
        assertTrue(assertThrows(PriceListException.class, () -> f.lists.build(999_999, null)).getMessage().contains("no client 999999"));
        f.clients.directory.setDiscount(client, null);
        assertTrue(assertThrows(PriceListException.class, () -> f.lists.build(client, null)).getMessage().contains("no discount type"));
    }

    private static Set<String> lineIds(TextList list) {
        Set<String> ids = new HashSet<>();
        list.lines().forEach(l -> assertTrue(ids.add(l.offerId()), "twice: " + l.offerId()));
        return ids;
    }
}
