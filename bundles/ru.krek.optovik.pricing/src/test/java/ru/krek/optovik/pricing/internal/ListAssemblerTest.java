package ru.krek.optovik.pricing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.catalog.CatalogOffer;
import ru.krek.optovik.api.catalog.Price;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Warehouse;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListSection;

class ListAssemblerTest {

    private static final GroupTree TREE = new GroupTree(List.of(new CatalogGroup("r", null, "Резисторы"),
            new CatalogGroup("smd", "r", "SMD"), new CatalogGroup("r0603", "smd", "0603"),
            new CatalogGroup("c", null, "Конденсаторы"), new CatalogGroup("empty", null, "Пусто")));
    private static final PriceType USD = new PriceType("usd", "Экспорт", "USD", false);
    private static final List<Warehouse> WAREHOUSES = List.of(new Warehouse("w1", "Москва"), new Warehouse("w2", "СПб"));
    private static final DiscountType MINUS_10 = new DiscountType(3, "Экспорт −10 %", "usd", BigDecimal.TEN, Map.of(), Rounding.RUBLE);

    private static CatalogOffer offer(String id, String group, String amount, String currency, String stock) {
        Price price = amount == null ? null : new Price("usd", new BigDecimal(amount), currency, null, BigDecimal.ONE);
        return new CatalogOffer(id, group, "A-" + id, "Товар " + id, "Yageo", "шт", price,
                stock == null ? null : new BigDecimal(stock), stock == null ? Map.of() : Map.of("w2", new BigDecimal(stock)));
    }

    private static PriceList assemble(Terms terms, CatalogOffer... offers) {
        ListAssembler a = new ListAssembler(terms, TREE, USD, WAREHOUSES);
        Arrays.asList(offers).forEach(a);
        return a.list("ООО «КРЭК»", LocalDate.of(2026, 11, 27));
    }

    @Test
    void linesArePricedAndGroupedDepthFirstWithTheCurrencyOfThePriceType() {
        PriceList list = assemble(new Terms(List.of(), MINUS_10, false, StockView.TOTAL),
                offer("c1", "c", "10", "USD", "5"), offer("r1", "r0603", "99.5", null, "1"), offer("r2", "r", "1", "USD", "0"));
        assertEquals(List.of("r 0 1", "smd 1 0", "r0603 2 1", "c 0 1"),
                list.sections().stream().map(s -> s.groupId() + " " + s.level() + " " + s.lines().size()).toList(),
                "SMD shows (its subgroup has lines); the empty group does not");
        assertEquals(new BigDecimal("90"), line(list, "r0603").price(), "99.5 − 10 % = 89.55 → 90 (ruble rounding)");
        assertEquals("USD", list.header().currency());
        assertEquals("цены без НДС", list.header().vatNote());
        assertEquals("Экспорт", list.header().priceType());
        assertEquals("Экспорт −10 %", list.header().terms());
        assertEquals(3, list.lineCount());
        assertEquals(0, list.header().leftOut());
    }

    @Test
    void offersWithoutAPriceOrInAnotherCurrencyAreLeftOutAndCounted() {
        PriceList list = assemble(new Terms(List.of(), MINUS_10, false, StockView.TOTAL),
                offer("c1", "c", null, null, "5"), offer("c2", "c", "10", "RUB", "5"), offer("c3", "c", "10", "USD", "5"));
        assertEquals(2, list.header().leftOut());
        assertEquals(List.of("c3"), list.sections().get(0).lines().stream().map(l -> l.offerId()).toList());
    }

    @Test
    void inStockOnlyDropsUnknownZeroAndNegativeStockWithoutCountingThem() {
        PriceList list = assemble(new Terms(List.of(), MINUS_10, true, StockView.TOTAL),
                offer("c1", "c", "1", null, null), offer("c2", "c", "1", null, "0"), offer("c3", "c", "1", null, "-2"),
                offer("c4", "c", "1", null, "3"), offer("c5", "c", null, null, "3"));
        assertEquals(List.of("c4"), list.sections().get(0).lines().stream().map(l -> l.offerId()).toList());
        assertEquals(1, list.header().leftOut(), "only the one in stock without a price");
        assertTrue(list.header().inStockOnly());
    }

    @Test
    void aClientsNodesCoverTheirSubgroupsOnlyAndStartAtLevelZero() {
        PriceList list = assemble(new Terms(List.of("smd"), MINUS_10, false, StockView.PER_WAREHOUSE),
                offer("r1", "r0603", "1", null, "4"), offer("r2", "r", "1", null, "1"), offer("c1", "c", "1", null, "1"));
        assertEquals(List.of("smd 0", "r0603 1"), list.sections().stream().map(s -> s.groupId() + " " + s.level()).toList());
        assertEquals(List.of("SMD"), list.header().groups());
        assertEquals(List.of("Москва", "СПб"), list.header().warehouses());
        assertEquals(Arrays.asList(null, new BigDecimal("4")), line(list, "r0603").stockByWarehouse());
    }

    @Test
    void aProductInTwoGroupsIsListedOnceUnderTheFirst() {
        PriceList list = assemble(new Terms(List.of(), MINUS_10, false, StockView.TOTAL),
                offer("x", "r", "1", null, "1"), offer("x", "c", "1", null, "1"));
        assertEquals(1, list.lineCount());
        assertEquals("r", list.sections().get(0).groupId());
    }

    private static ru.krek.optovik.api.pricelist.PriceListLine line(PriceList list, String group) {
        return list.sections().stream().filter(s -> s.groupId().equals(group)).map(PriceListSection::lines)
                .findFirst().orElseThrow().get(0);
    }
}
