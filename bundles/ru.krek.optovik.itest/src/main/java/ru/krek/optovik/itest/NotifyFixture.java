package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.mail.Outbox;

/**
 * A generated catalog (seed, 300 offers) imported as v1, clients made after it, and what the notify bundle
 * queued read back from the outbox's tables. Sending is paused, so the letters stay there to be read.
 */
final class NotifyFixture {

    static final int OFFERS = 300;

    final ClientFixture clients;
    final Jobs jobs;
    final Outbox outbox;
    final long seed;
    private int emails;

    NotifyFixture(String name, long seed) throws Exception {
        this.seed = seed;
        this.clients = ClientFixture.withCatalog(name, seed, OFFERS);
        this.jobs = OptovikFramework.service(Jobs.class);
        this.outbox = OptovikFramework.service(Outbox.class);
        outbox.pause("notify tests read the letters from the outbox");
    }

    /** Sending goes on again: the pause is the database's, and the next test class may use this database. */
    void close() throws Exception {
        outbox.resume();
    }

    /** catalog:generate --next of the same seed, imported; the run's id. */
    long importNext() throws Exception {
        return importFolder(generate("next", true));
    }

    Path generate(String folder, boolean next) throws Exception {
        Path dir = clients.catalog.work.resolve(folder + "-" + System.nanoTime());
        RuntimeTest.gogo("catalog:generate " + dir + " --offers " + OFFERS + " --seed " + seed + (next ? " --next" : ""));
        return dir;
    }

    long importFolder(Path dir) throws Exception {
        String summary = RuntimeTest.gogo("catalog:import " + dir);
        if (!summary.contains("succeeded")) {
            throw new AssertionError(summary);
        }
        return clients.catalog.catalog.state();
    }

    long discount(String name, String priceType, String percent) throws Exception {
        return clients.discounts.add(new DiscountType(0, name, priceType, percent == null ? null : new BigDecimal(percent),
                Map.of(), Rounding.KOPECK)).id();
    }

    long client(String company, Groups groups, long discount, NotifyFrequency notify, PriceListFrequency lists)
            throws Exception {
        ClientOptions options = new ClientOptions(List.of(), false, StockView.TOTAL, lists, notify);
        return clients.directory.add(new NewClient(ClientFixture.details(company, "7707083893", "notify" + (++emails)
                + "-" + System.nanoTime() + "@example.ru"), ClientStatus.ACTIVE, groups, options, discount, null)).id();
    }

    /** Runs a job and waits for it to succeed. */
    JobRun run(String job, Map<String, String> parameters) throws Exception {
        JobRun run = jobs.start(job, parameters, "itest");
        JobRun done = jobs.await(run.id(), Duration.ofSeconds(120));
        assertEquals(JobRun.Status.SUCCEEDED, done.status(), done + "\n" + jobs.log(run.id()));
        return done;
    }

    /** Client id → the plain text of its letter in the campaign ("changes" or "pricelist", key). */
    static Map<Long, String> letters(String kind, String key) throws Exception {
        Map<Long, String> letters = new HashMap<>();
        for (String row : ClientFixture.column("select l.client_id || '|' || l.body_text from mail_letter l join mail_campaign c "
                + "on c.id = l.campaign_id where c.kind = ? and c.campaign_key = ?", kind, key)) {
            int bar = row.indexOf('|');
            letters.put(Long.parseLong(row.substring(0, bar)), row.substring(bar + 1));
        }
        return letters;
    }

    static int count(String kind) throws Exception {
        return Integer.parseInt(ClientFixture.column("select count(*) from mail_letter l join mail_campaign c "
                + "on c.id = l.campaign_id where c.kind = ?", kind).get(0));
    }

    /** A letter's sections as the client reads them: title → its lines (without the leading "  - "). */
    static Map<String, List<String>> sections(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        Pattern title = Pattern.compile("^(\\S.*) \\((\\d+)\\):$");
        for (String line : text.lines().toList()) {
            Matcher m = title.matcher(line);
            if (m.matches()) {
                current = new ArrayList<>();
                sections.put(m.group(1), current);
            } else if (current != null && line.startsWith("  - ")) {
                current.add(line.substring(4));
            } else if (!line.startsWith("  ")) {
                current = null;
            }
        }
        return sections;
    }

    /** What a client of these groups must be told of one run, without prices: section title → sorted names. */
    Map<String, List<String>> expectedWithoutPrices(long run, Set<String> covered) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<CatalogChange.Kind, String> titles = Map.of(CatalogChange.Kind.ARRIVAL, "Поступили на склад",
                CatalogChange.Kind.NEW, "Новые товары", CatalogChange.Kind.SOLDOUT, "Закончились",
                CatalogChange.Kind.GONE, "Выведены из каталога", CatalogChange.Kind.BACK, "Снова в каталоге");
        for (CatalogChange c : clients.catalog.catalog.changes(run)) {
            if (c.kind() != CatalogChange.Kind.PRICE && inGroups(c.offerId(), covered)) {
                out.computeIfAbsent(titles.get(c.kind()), k -> new ArrayList<>()).add(c.name());
            }
        }
        out.values().forEach(names -> names.sort(String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The offer's product is listed in one of the groups (straight from the catalog's tables). */
    static boolean inGroups(String offerId, Set<String> covered) throws Exception {
        return groupsOf(offerId).stream().anyMatch(covered::contains);
    }

    /** The groups the offer's product is listed in (straight from the catalog's tables). */
    static List<String> groupsOf(String offerId) throws Exception {
        return ClientFixture.column("select pg.group_id from catalog_offer o join catalog_product_group pg "
                + "on pg.product_id = o.product_id where o.id = ?", offerId);
    }

    /** A price in a letter («1 234,50») as a number. */
    static BigDecimal money(String text) {
        return new BigDecimal(text.replace("\u00a0", "").replace(" ", "").replace(',', '.'));
    }

    /** The v2 export with v1's prices put back (products and stock stay v2's): prices go back, nothing else. */
    Path nextWithFirstPrices() throws Exception {
        Path first = generate("first", false);
        Path next = generate("next-first-prices", true);
        Map<String, String> prices = new HashMap<>();
        Pattern offer = Pattern.compile("<Предложение>\\s*<Ид>([^<]+)</Ид>.*?</Предложение>", Pattern.DOTALL);
        Pattern price = Pattern.compile("<ИдТипаЦены>([^<]+)</ИдТипаЦены>\\s*<ЦенаЗаЕдиницу>([^<]+)</ЦенаЗаЕдиницу>");
        Matcher o = offer.matcher(Files.readString(first.resolve("offers.xml"), StandardCharsets.UTF_8));
        while (o.find()) {
            Matcher p = price.matcher(o.group());
            while (p.find()) {
                prices.put(o.group(1) + " " + p.group(1), p.group(2));
            }
        }
        Path file = next.resolve("offers.xml");
        Matcher n = offer.matcher(Files.readString(file, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (n.find()) {
            String id = n.group(1);
            Matcher p = price.matcher(n.group());
            String block = p.replaceAll(r -> Matcher.quoteReplacement("<ИдТипаЦены>" + r.group(1) + "</ИдТипаЦены>"
                    + "<ЦенаЗаЕдиницу>" + prices.getOrDefault(id + " " + r.group(1), r.group(2)) + "</ЦенаЗаЕдиницу>"));
            n.appendReplacement(out, Matcher.quoteReplacement(block));
        }
        n.appendTail(out);
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return next;
    }
}
