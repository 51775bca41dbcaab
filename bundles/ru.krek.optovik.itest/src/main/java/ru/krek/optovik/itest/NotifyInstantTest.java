package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.mail.OutboxLetter;

/** Generated catalogs v1 then v2: each instant client is told exactly the changes in its groups, at its prices. */
class NotifyInstantTest {

    private static final Pattern PRICE_LINE = Pattern.compile("^(.*): (\\S+) → (\\S+) руб\\. \\((.+)\\)$");

    private static NotifyFixture f;
    private static long run;
    private static String priceType;
    private static String parent;
    private static long wholeCatalog;
    private static long branch;
    private static long quiet;
    private static long daily;
    private static long off;
    private static Set<String> branchGroups;
    private static String quietGroup;

    @BeforeAll
    static void twoImports() throws Exception {
        f = new NotifyFixture("notify-instant", 21);
        priceType = f.clients.catalog.catalog.priceTypes().get(0).id();
        long plain = f.discount("Как в 1С", priceType, null);
        long tenOff = f.discount("Опт −10 %", priceType, "10");
        parent = ClientFixture.parentAndChild()[0];
        branchGroups = subtree(parent);
        wholeCatalog = f.client("ООО «Весь каталог»", Groups.everything(), plain, NotifyFrequency.INSTANT, PriceListFrequency.WEEKLY);
        branch = f.client("ООО «Одна ветка»", Groups.of(List.of(parent)), tenOff, NotifyFrequency.INSTANT, PriceListFrequency.WEEKLY);
        daily = f.client("ООО «Раз в день»", Groups.everything(), plain, NotifyFrequency.DAILY, PriceListFrequency.WEEKLY);
        off = f.client("ООО «Без писем»", Groups.everything(), plain, NotifyFrequency.OFF, PriceListFrequency.WEEKLY);
        run = f.importNext();
        // a group none of whose offers (nor its subgroups') changed in v2; the changed offers' groups
        // are asked once, not again for every candidate group
        Set<String> changed = new HashSet<>();
        for (CatalogChange c : f.clients.catalog.catalog.changes(run)) {
            changed.addAll(NotifyFixture.groupsOf(c.offerId()));
        }
        for (String g : ClientFixture.column("select id from catalog_group where gone = false order by id")) {
            if (Collections.disjoint(subtree(g), changed) && !ClientFixture.column("select first 1 pg.product_id from catalog_product_group pg "
                    + "where pg.group_id = ?", g).isEmpty()) {
                quietGroup = g;
                break;
            }
        }
        quiet = f.client("ООО «Тихая группа»", Groups.of(List.of(quietGroup)), plain, NotifyFrequency.INSTANT,
                PriceListFrequency.WEEKLY);
        f.run("notify", Map.of("run", Long.toString(run)));
    }

    @AfterAll
    static void close() throws Exception {
        f.close();
    }

    @Test
    void aWholeCatalogClientHearsEveryChangeAtThePlainPrice() throws Exception {
        String letter = NotifyFixture.letters("changes", "import-" + run).get(wholeCatalog);
        assertTrue(letter != null, "a letter to the whole-catalog client");
        checkLetter(letter, ClientFixture.column("select id from catalog_group").stream().collect(java.util.stream.Collectors.toSet()),
                BigDecimal.ONE);
        assertTrue(letter.contains("Изменились цены"), "v2 changes prices: " + letter);
    }

    @Test
    void aBranchClientHearsOnlyItsGroupsAtItsDiscount() throws Exception {
        String letter = NotifyFixture.letters("changes", "import-" + run).get(branch);
        assertTrue(letter != null, "a letter to the branch client");
        checkLetter(letter, branchGroups, new BigDecimal("0.9"));
        assertTrue(letter.contains("/pricelist?token="), "a link to the current list");
        assertTrue(letter.contains("/preferences?token="), "a link to the preferences");
    }

    @Test
    void clientsWithNothingToHearOrNotInstantGetNothing() throws Exception {
        Map<Long, String> letters = NotifyFixture.letters("changes", "import-" + run);
        assertFalse(letters.containsKey(quiet), "no change in the quiet group " + quietGroup);
        assertFalse(letters.containsKey(daily), "daily clients wait for the digest");
        assertFalse(letters.containsKey(off), "off means off");
        assertEquals(Set.of(wholeCatalog, branch), letters.keySet());
    }

    @Test
    void theLetterCarriesListUnsubscribe() throws Exception {
        List<String> headers = ClientFixture.column("select l.headers from mail_letter l where l.client_id = ?", branch);
        assertTrue(headers.get(0).contains("List-Unsubscribe") && headers.get(0).contains("/unsubscribe?token="), headers.toString());
        OutboxLetter letter = f.outbox.letters(null).stream().filter(l -> l.clientId() == branch).findFirst().orElseThrow();
        assertTrue(letter.subject().startsWith("КРЭК: изменения в каталоге"), letter.subject());
    }

    @Test
    void aSecondNotifyOfTheSameImportQueuesNothing() throws Exception {
        int before = NotifyFixture.count("changes");
        f.run("notify", Map.of("run", Long.toString(run)));
        f.run("notify", Map.of());
        assertEquals(before, NotifyFixture.count("changes"));
    }

    private static void checkLetter(String letter, Set<String> groups, BigDecimal factor) throws Exception {
        Map<String, List<String>> sections = NotifyFixture.sections(letter);
        List<String> prices = sections.remove("Изменились цены");
        Map<String, List<String>> expected = f.expectedWithoutPrices(run, groups);
        Map<String, List<String>> actual = new java.util.LinkedHashMap<>();
        sections.forEach((title, lines) -> actual.put(title, lines.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList()));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(actual), letter);
        List<String> expectedPrices = new ArrayList<>();
        for (CatalogChange c : f.clients.catalog.catalog.changes(run)) {
            if (c.kind() == CatalogChange.Kind.PRICE && c.priceTypeId().equals(priceType) && NotifyFixture.inGroups(c.offerId(), groups)) {
                BigDecimal before = c.oldValue().multiply(factor).setScale(2, RoundingMode.HALF_UP);
                BigDecimal after = c.newValue().multiply(factor).setScale(2, RoundingMode.HALF_UP);
                if (before.compareTo(after) != 0) {
                    expectedPrices.add(c.name() + " " + before.toPlainString() + " " + after.toPlainString());
                }
            }
        }
        List<String> actualPrices = new ArrayList<>();
        for (String line : prices == null ? List.<String>of() : prices) {
            Matcher m = PRICE_LINE.matcher(line);
            assertTrue(m.matches(), line);
            BigDecimal before = NotifyFixture.money(m.group(2));
            BigDecimal after = NotifyFixture.money(m.group(3));
            actualPrices.add(m.group(1) + " " + before.setScale(2).toPlainString() + " " + after.setScale(2).toPlainString());
            String percent = after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP)
                    .abs().toPlainString().replace('.', ',');
            assertTrue(m.group(4).contains(percent), line + " has " + percent + " %");
        }
        expectedPrices.sort(null);
        actualPrices.sort(null);
        assertEquals(expectedPrices, actualPrices, letter);
    }

    private static Set<String> subtree(String group) throws Exception {
        List<ru.krek.optovik.api.catalog.CatalogGroup> all = f.clients.catalog.catalog.groups();
        Set<String> out = new HashSet<>(Set.of(group));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ru.krek.optovik.api.catalog.CatalogGroup g : all) {
                if (g.parentId() != null && out.contains(g.parentId()) && out.add(g.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }
}
