package ru.krek.optovik.onec.internal.cml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void pointOrCommaAndSpacesBetweenThousands() {
        assertEquals(new BigDecimal("1111"), Decimals.parse("1 111"));
        assertEquals(new BigDecimal("1111.50"), Decimals.parse("1 111,50"));
        assertEquals(new BigDecimal("1234.5"), Decimals.parse("1234.5"));
        assertEquals(new BigDecimal("1234567.89"), Decimals.parse("1\u00A0234\u202F567,89"));
        assertEquals(new BigDecimal("-3"), Decimals.parse("-3"));
        assertEquals(new BigDecimal("0.01"), Decimals.parse(" 0,01 "));
        assertEquals(new BigDecimal("181"), Decimals.parse("181"));
    }

    @Test
    void notNumbers() {
        assertNull(Decimals.parse("1,2,3"));
        assertNull(Decimals.parse("1.234,56"));
        assertNull(Decimals.parse("1e5"));
        assertNull(Decimals.parse("12 руб"));
        assertNull(Decimals.parse("-"));
        assertNull(Decimals.parse("5-"));
        assertNull(Decimals.parse("9".repeat(41)));
    }

    @Test
    void currencies() {
        assertEquals("RUB", Currencies.normalize("руб."));
        assertEquals("RUB", Currencies.normalize("RUR"));
        assertEquals("RUB", Currencies.normalize("643"));
        assertEquals("USD", Currencies.normalize("usd"));
        assertEquals("KZT", Currencies.normalize("KZT"));
        assertNull(Currencies.normalize(null));
    }
}
