package ru.krek.optovik.jobs.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsAWholeNumberOfAtLeastOne() {
        assertEquals(42, Numbers.positive("42", "usage: job:log <run>", "a run number"));
        assertEquals(7, Numbers.positive(" 7 ", "usage: job:log <run>", "a run number"));
    }

    @Test
    void anythingElseIsBadUsageNamingTheWord() {
        for (String bad : new String[] {"abc", "0", "-3", "1.5", "", "99999999999999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Numbers.positive(bad, "usage: job:log <run>", "a run number (see job:list)"));
            assertEquals("usage: job:log <run>: '" + bad + "' is not a run number (see job:list) (a whole number, at least 1)",
                    e.getMessage());
        }
        assertEquals("usage: job:list [count]: 'a?b' is not a count (a whole number, at least 1)",
                assertThrows(IllegalArgumentException.class, () -> Numbers.positive("a\nb", "usage: job:list [count]", "a count"))
                        .getMessage());
    }
}
