package ru.krek.optovik.clients.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Rounding;

/** Percentages as managers type them into discount:add / edit, and the 0–100 rule behind them. */
class DiscountCommandsTest {

    @Test
    void russianAndPercentSignWritingsAreTaken() {
        assertEquals(new BigDecimal("12.5"), DiscountCommands.percent("12,5"));
        assertEquals(new BigDecimal("7"), DiscountCommands.percent(" 7% "));
        assertNull(DiscountCommands.percent("none"));
        assertEquals(Map.of("g1", new BigDecimal("3"), "g2", new BigDecimal("4.5")), DiscountCommands.groupPercents("g1=3, g2=4,5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e", "--5"})
    void aPercentageThatIsNoNumberIsBadUsage(String value) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DiscountCommands.percent(value)).getMessage()
                .contains("between 0 and 100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100.5", "-1", "250"})
    void aPercentageOutsideZeroToHundredIsRefusedOnceParsed(String value) {
        BigDecimal parsed = DiscountCommands.percent(value);
        assertThrows(IllegalArgumentException.class, () -> new DiscountType(0, "Опт", "pt", parsed, Map.of(), Rounding.KOPECK));
        assertThrows(IllegalArgumentException.class, () -> new DiscountType(0, "Опт", "pt", BigDecimal.ONE,
                DiscountCommands.groupPercents("g1=" + value), Rounding.KOPECK));
    }

    @Test
    void aGroupWithoutItsPercentageIsBadUsage() {
        assertThrows(IllegalArgumentException.class, () -> DiscountCommands.groupPercents("g1"));
        assertThrows(IllegalArgumentException.class, () -> DiscountCommands.groupPercents("g1=none"));
    }
}
