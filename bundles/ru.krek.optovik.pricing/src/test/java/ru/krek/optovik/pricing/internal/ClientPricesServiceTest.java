package ru.krek.optovik.pricing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.ClientPricing;

class ClientPricesServiceTest {

    @Test
    void aClientPriceIsTheListsArithmeticWithTheGroupTree() {
        DiscountType type = new DiscountType(1, "Опт −10 %, SMD −20 %", "base", new BigDecimal("10"),
                Map.of("smd", new BigDecimal("20")), Rounding.KOPECK);
        GroupTree tree = new GroupTree(List.of(new CatalogGroup("r", null, "Резисторы"),
                new CatalogGroup("smd", "r", "SMD"), new CatalogGroup("r0603", "smd", "0603")));
        ClientPricing pricing = ClientPricesService.pricing(new Terms(List.of(), type, false, StockView.TOTAL), tree);
        assertEquals("base", pricing.priceTypeId());
        assertEquals(new BigDecimal("90.00"), pricing.price(new BigDecimal("100"), "r"));
        assertEquals(new BigDecimal("80.00"), pricing.price(new BigDecimal("100"), "r0603"), "the parent's percentage");
        assertEquals(new Discount(type, tree.parents()).price(new BigDecimal("12.345"), "smd"),
                pricing.price(new BigDecimal("12.345"), "smd"));
    }
}
