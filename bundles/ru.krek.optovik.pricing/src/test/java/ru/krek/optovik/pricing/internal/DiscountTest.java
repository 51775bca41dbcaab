package ru.krek.optovik.pricing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Rounding;

class DiscountTest {

    /** Резисторы (r) ⊃ SMD (smd) ⊃ 0603 (r0603); Конденсаторы (c). */
    private static final Map<String, String> TREE = Map.of("smd", "r", "r0603", "smd");

    private static BigDecimal price(DiscountType type, String base, String group) {
        return new Discount(type, TREE).price(new BigDecimal(base), group);
    }

    private static DiscountType percent(String percent, Map<String, BigDecimal> groups, Rounding rounding) {
        return new DiscountType(1, "Опт −" + percent, "base", new BigDecimal(percent), groups, rounding);
    }

    @Test
    void aPlainPriceTypePassesThePriceWithKopecks() {
        DiscountType plain = new DiscountType(1, "Оптовая", "wholesale", null, Map.of(), Rounding.TEN_RUBLES);
        assertEquals(new BigDecimal("12.50"), price(plain, "12.500000", "r"));
        assertEquals(new BigDecimal("0.0125"), price(plain, "0.0125", "r"), "a fraction of a kopeck stays");
    }

    @Test
    void thePercentageComesOffTheBasePriceRoundedToKopecks() {
        assertEquals(new BigDecimal("95.00"), price(percent("5", Map.of(), Rounding.KOPECK), "100", "c"));
        // 12.345 × 0.9 = 11.1105 → 11.11
        assertEquals(new BigDecimal("11.11"), price(percent("10", Map.of(), Rounding.KOPECK), "12.345", "c"));
        // 0.99 × 0.875 = 0.86625 → 0.87 (half up)
        assertEquals(new BigDecimal("0.87"), price(percent("12.5", Map.of(), Rounding.KOPECK), "0.99", "c"));
    }

    @Test
    void rublesAndTenRublesRoundHalfUp() {
        DiscountType ruble = percent("10", Map.of(), Rounding.RUBLE);
        assertEquals(new BigDecimal("112"), price(ruble, "124.99", "c"), "112.491 → 112");
        assertEquals(new BigDecimal("113"), price(ruble, "125", "c"), "112.5 → 113");
        DiscountType tens = percent("10", Map.of(), Rounding.TEN_RUBLES);
        assertEquals(new BigDecimal("110"), price(tens, "124.99", "c"), "112.491 → 110");
        assertEquals(new BigDecimal("120"), price(tens, "128", "c"), "115.2 → 120");
        assertEquals(new BigDecimal("0"), price(tens, "4", "c"), "3.6 → 0: the rule is the manager's choice");
    }

    @Test
    void aGroupPercentageOverridesTheTypesForTheGroupAndEverySubgroup() {
        DiscountType type = percent("5", Map.of("smd", new BigDecimal("20")), Rounding.KOPECK);
        assertEquals(new BigDecimal("95.00"), price(type, "100", "r"), "above the group: the type's 5 %");
        assertEquals(new BigDecimal("80.00"), price(type, "100", "smd"), "the group: 20 %");
        assertEquals(new BigDecimal("80.00"), price(type, "100", "r0603"), "its subgroup inherits 20 %");
        assertEquals(new BigDecimal("95.00"), price(type, "100", "c"), "another branch: 5 %");
    }

    @Test
    void theNearestGroupPercentageWins() {
        DiscountType type = percent("5", Map.of("r", new BigDecimal("10"), "r0603", new BigDecimal("30")), Rounding.KOPECK);
        assertEquals(new BigDecimal("90.00"), price(type, "100", "smd"), "from Резисторы");
        assertEquals(new BigDecimal("70.00"), price(type, "100", "r0603"), "its own");
        assertEquals(new BigDecimal("0.00"), price(percent("100", Map.of(), Rounding.KOPECK), "100", "c"));
    }
}
