package ru.krek.optovik.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairsTest {

    @Test
    void valuesWithLineBreaksBackslashesAndEqualsSurvive() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("inbox", "C:\\1c\\in=box");
        pairs.put("note", "two\nlines\r\n");
        pairs.put("empty", "");
        assertEquals(pairs, Pairs.decode(Pairs.encode(pairs), v -> v));
    }

    @Test
    void countsReadBackAsNumbers() {
        assertEquals(Map.of("files", 3L, "runs", 0L), Pairs.decode(Pairs.encode(Map.of("files", 3L, "runs", 0L)), Long::valueOf));
        assertEquals(Map.of(), Pairs.decode(null, v -> v));
        assertEquals(Map.of(), Pairs.decode("", v -> v));
    }
}
