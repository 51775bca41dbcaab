package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog: commands as operators and scripts use them, in the running framework. */
class CatalogCommandsTest {

    @Test
    void importThenStatsRunsAndChangesSpeakTheContract() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("commands");
        Path exchange = f.corpus("x", "14", "13");

        String summary = RuntimeTest.gogo("catalog:import " + exchange).trim();
        assertTrue(Pattern.matches("run \\d+ succeeded: 2 files, .*6 offers.*", summary), summary);

        List<String> stats = RuntimeTest.gogo("catalog:stats").lines().toList();
        for (String line : List.of("groups: 2", "products: 6", "offers: 6", "price-types: 2", "prices: 12")) {
            assertTrue(stats.contains(line), line + " in " + stats);
        }
        assertTrue(stats.stream().anyMatch(l -> l.matches("last-import: \\d+ \\d{4}-\\d\\d-\\d\\dT\\S+ succeeded")), stats.toString());

        List<String> changes = RuntimeTest.gogo("catalog:changes").lines().filter(l -> !l.isBlank()).toList();
        assertEquals(6, changes.size(), "six new offers: " + changes);
        assertTrue(changes.stream().allMatch(l -> l.startsWith("new\t")), changes.toString());

        String runs = RuntimeTest.gogo("catalog:runs");
        assertTrue(runs.lines().findFirst().orElse("").matches("id\\s+started\\s+finished\\s+status.*"), runs);
        assertTrue(runs.contains("succeeded") && runs.contains("shell"), runs);
    }

    @Test
    void aMissingPathIsBadUsage() throws Exception {
        CatalogFixture.freshDatabase("commands-usage");
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("catalog:import /no/such/exchange"));
    }

    @Test
    void everyCatalogCommandHasHelp() throws Exception {
        Map<String, String> described = Map.of("catalog:stats", "what the catalog holds", "catalog:runs", "import runs",
                "catalog:changes", "changed", "catalog:generate", "synthetic 1C exchange");
        for (Map.Entry<String, String> command : described.entrySet()) {
            String help = RuntimeTest.gogo("help " + command.getKey());
            assertTrue(help.contains(command.getValue()), command.getKey() + ": " + help);
        }
    }
}
