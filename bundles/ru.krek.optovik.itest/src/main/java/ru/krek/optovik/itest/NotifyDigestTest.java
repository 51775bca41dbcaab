package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;

/**
 * Three imports — A (v1), B (v2), then B's products and stock with A's prices — merged into one digest: the
 * prices went and came back, so no price line; everything else B brought is told once.
 */
class NotifyDigestTest {

    private static NotifyFixture f;
    private static long b;
    private static long c;
    private static long dailyClient;
    private static long weeklyClient;
    private static long instantClient;

    @BeforeAll
    static void threeImports() throws Exception {
        f = new NotifyFixture("notify-digest", 33);
        String priceType = f.clients.catalog.catalog.priceTypes().get(0).id();
        long plain = f.discount("Как в 1С", priceType, null);
        dailyClient = f.client("ООО «Сводка за день»", Groups.everything(), plain, NotifyFrequency.DAILY, PriceListFrequency.WEEKLY);
        weeklyClient = f.client("ООО «Сводка за неделю»", Groups.everything(), plain, NotifyFrequency.WEEKLY, PriceListFrequency.WEEKLY);
        instantClient = f.client("ООО «Сразу»", Groups.everything(), plain, NotifyFrequency.INSTANT, PriceListFrequency.WEEKLY);
        b = f.importNext();
        f.run("notify", Map.of("run", Long.toString(b)));
        c = f.importFolder(f.nextWithFirstPrices());
        f.run("notify", Map.of("run", Long.toString(c)));
        f.run("digest", Map.of("frequency", "due"));
    }

    @AfterAll
    static void close() throws Exception {
        f.close();
    }

    @Test
    void theInstantClientHeardBothImportsSeparately() throws Exception {
        String first = NotifyFixture.letters("changes", "import-" + b).get(instantClient);
        String second = NotifyFixture.letters("changes", "import-" + c).get(instantClient);
        assertTrue(first.contains("Изменились цены"), first);
        assertEquals(List.of("Изменились цены"), List.copyOf(NotifyFixture.sections(second).keySet()),
                "the third import only put prices back: " + second);
    }

    @Test
    void theDailyDigestHasNoPriceLinesAndEverythingElseOnce() throws Exception {
        String digest = NotifyFixture.letters("changes", "daily-" + c).get(dailyClient);
        assertTrue(digest != null, "one digest for the daily client");
        Map<String, List<String>> sections = NotifyFixture.sections(digest);
        assertFalse(sections.containsKey("Изменились цены"), digest);
        Map<String, List<String>> sorted = new TreeMap<>();
        sections.forEach((title, lines) -> sorted.put(title, lines.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()));
        java.util.Set<String> all = new java.util.HashSet<>(ClientFixture.column("select id from catalog_group"));
        assertEquals(new TreeMap<>(f.expectedWithoutPrices(b, all)), sorted, digest);
    }

    @Test
    void aNewWeeklyClientIsNotDueYetButAForcedWeeklyDigestGoes() throws Exception {
        assertFalse(NotifyFixture.letters("changes", "weekly-" + c).containsKey(weeklyClient), "a week has not passed");
        f.run("digest", Map.of("frequency", "weekly"));
        String digest = NotifyFixture.letters("changes", "weekly-" + c).get(weeklyClient);
        assertTrue(digest != null && !digest.contains("Изменились цены"), String.valueOf(digest));
    }

    @Test
    void aSecondDigestQueuesNothing() throws Exception {
        int before = NotifyFixture.count("changes");
        f.run("digest", Map.of("frequency", "daily"));
        assertEquals(before, NotifyFixture.count("changes"));
    }
}
