package ru.krek.optovik.clients.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Rounding;

/** The discount type record's rules (API), and rounding. */
class DiscountTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "150", "-5"})
    void percentagesOutsideZeroToHundredAreRefused(String percent) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DiscountType(0, "Опт", "pt", new BigDecimal(percent), Map.of(), Rounding.KOPECK));
        assertTrue(e.getMessage().contains("between 0 and 100"), e.getMessage());
    }

    @Test
    void aGroupPercentageOutsideZeroToHundredIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DiscountType(0, "Опт", "pt", BigDecimal.TEN, Map.of("g1", new BigDecimal("101")), Rounding.KOPECK));
        assertTrue(e.getMessage().contains("group g1"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "12.5"})
    void theBoundsAreAllowed(String percent) {
        assertEquals(new BigDecimal(percent), new DiscountType(0, "Опт", "pt", new BigDecimal(percent), Map.of(), null).percent());
    }

    @Test
    void groupPercentagesNeedABasePercentage() {
        assertThrows(IllegalArgumentException.class,
                () -> new DiscountType(0, "Опт", "pt", null, Map.of("g1", BigDecimal.ONE), Rounding.KOPECK));
    }

    @Test
    void aGroupsOwnPercentageWins() {
        DiscountType t = new DiscountType(0, "Опт", "pt", BigDecimal.TEN, Map.of("g1", BigDecimal.ONE), Rounding.RUBLE);
        assertEquals(BigDecimal.ONE, t.percentFor("g1"));
        assertEquals(BigDecimal.TEN, t.percentFor("g2"));
    }

    @Test
    void roundingHalfUp() {
        assertEquals(new BigDecimal("12.35"), Rounding.KOPECK.apply(new BigDecimal("12.345")));
        assertEquals(new BigDecimal("13"), Rounding.RUBLE.apply(new BigDecimal("12.5")));
        assertEquals(new BigDecimal("130"), Rounding.TEN_RUBLES.apply(new BigDecimal("125")));
    }
}
