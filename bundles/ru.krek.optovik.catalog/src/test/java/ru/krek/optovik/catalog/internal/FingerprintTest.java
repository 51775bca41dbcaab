package ru.krek.optovik.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The fingerprint tells different statements apart; the seen filter never forgets an id. */
class FingerprintTest {

    private final Fingerprint fp = new Fingerprint();

    @Test
    void equalStatementsShareAFingerprintAndNumbersCountByValue() {
        long a = fp.text("p1").number(new BigDecimal("1.50")).number(BigDecimal.ZERO).value();
        long b = fp.text("p1").number(new BigDecimal("1.5")).number(new BigDecimal("0.000")).value();
        assertEquals(a, b);
    }

    @Test
    void nullEmptyAndShiftedValuesDiffer() {
        assertNotEquals(fp.text(null).value(), fp.text("").value());
        assertNotEquals(fp.text("ab").text("c").value(), fp.text("a").text("bc").value());
        assertNotEquals(fp.length(1).text("a").text("b").value(), fp.length(2).text("a").text("b").value());
        assertNotEquals(fp.flag(true).value(), fp.flag(false).value());
        assertNotEquals(fp.number(new BigDecimal("1.5")).value(), fp.number(new BigDecimal("1.05")).value());
    }

    @Test
    void anIdIsSeenTheSecondTimeAndPerKind() {
        Seen seen = new Seen();
        assertFalse(seen.add("offer", "p1"));
        assertTrue(seen.add("offer", "p1"));
        assertFalse(seen.add("product", "p1"));
        int claimed = 0;
        for (int i = 0; i < 100_000; i++) {
            claimed += seen.add("offer", "x" + i) ? 1 : 0;
        }
        assertTrue(claimed < 100, "false claims among 100k new ids: " + claimed);
    }
}
