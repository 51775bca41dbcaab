package ru.krek.optovik.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.ClientLetters;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.pricelist.ClientPrices;
import ru.krek.optovik.api.pricelist.ClientPricing;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.store.Store;

/**
 * Tells one client what the imports since its mark changed, in one letter, and moves its mark in the same
 * transaction that queues the letter: a client is never told twice, nor skipped when queueing fails.
 */
final class Notifier {

    static final String CAMPAIGN = "changes";
    static final String TEMPLATE = "change-notification";

    enum Outcome { QUEUED, NOTHING, ALREADY }

    /** What a letter covers: the campaign's key, its words for the period, digest or not. */
    record Occasion(String key, String period, String frequency, boolean digest) {
    }

    private final Store store;
    private final Outbox outbox;
    private final ClientDirectory directory;
    private final ClientPrices prices;
    private final ClientLetters letters;
    private final NotifyLedger ledger = new NotifyLedger();
    private final Clock clock;
    private final int maxLines;

    Notifier(Store store, Outbox outbox, ClientDirectory directory, ClientPrices prices, ClientLetters letters,
            Clock clock, int maxLines) {
        this.store = store;
        this.outbox = outbox;
        this.directory = directory;
        this.prices = prices;
        this.letters = letters;
        this.clock = clock;
        this.maxLines = maxLines;
    }

    Optional<NotifyLedger.Mark> mark(long clientId) throws Exception {
        return store.inTransaction(c -> ledger.mark(c, clientId));
    }

    Outcome tell(Client client, RunWindow window, long upTo, Occasion occasion) throws Exception {
        Optional<NotifyLedger.Mark> mark = mark(client.id());
        long after = mark.map(NotifyLedger.Mark::upToRun).orElse(0L);
        Campaign campaign = null;
        Letter letter = null;
        if (after < upTo) {
            // a client never told before hears of the imports since it subscribed, not the catalog's history
            Instant since = mark.isPresent() ? null : client.confirmed() != null ? client.confirmed() : client.created();
            Notices notices = notices(client, window, window.runs(after, upTo, since));
            if (!notices.isEmpty()) {
                // made before the letter, whose Message-ID names it; an empty campaign is harmless
                campaign = store.inTransaction(c -> outbox.campaign(c, CAMPAIGN, occasion.key()));
                letter = letter(client, campaign, notices, occasion);
            }
        }
        Campaign in = campaign;
        Letter queued = letter;
        return store.inTransaction(c -> {
            Optional<NotifyLedger.Mark> now = ledger.mark(c, client.id());
            if (now.isPresent() && now.get().upToRun() >= upTo) {
                if (occasion.digest()) {
                    ledger.advance(c, client.id(), now.get().upToRun(), clock.instant(), true);
                }
                return Outcome.ALREADY;
            }
            boolean sent = queued != null && outbox.enqueue(c, in, client.id(), queued);
            ledger.advance(c, client.id(), upTo, clock.instant(), occasion.digest());
            return sent ? Outcome.QUEUED : queued == null ? Outcome.NOTHING : Outcome.ALREADY;
        });
    }

    private Notices notices(Client client, RunWindow window, List<ImportRun> runs) throws Exception {
        List<CatalogChange> changes = new ArrayList<>();
        Map<String, SortedSet<String>> groups = new HashMap<>();
        for (ImportRun run : runs) {
            changes.addAll(window.changes(run.id()));
            window.groups(run.id()).forEach((offer, g) -> groups.merge(offer, g, (a, b) -> {
                SortedSet<String> both = new java.util.TreeSet<>(a);
                both.addAll(b);
                return both;
            }));
        }
        if (changes.isEmpty()) {
            return ChangeMerger.merge(List.of(), o -> null, null);
        }
        Set<String> covered = client.groups().all() ? null : directory.coveredGroups(client.id());
        Function<String, String> groupOf = offer -> {
            SortedSet<String> of = groups.get(offer);
            if (of == null || of.isEmpty()) {
                return null;
            }
            return covered == null ? of.first() : of.stream().filter(covered::contains).findFirst().orElse(null);
        };
        return ChangeMerger.merge(changes, groupOf, pricing(client));
    }

    /** Without terms a client still hears of arrivals and new items, only not of prices. */
    private ClientPricing pricing(Client client) {
        try {
            return client.discountTypeId() == null ? null : prices.of(client.id());
        } catch (PriceListException e) {
            return null;
        }
    }

    private Letter letter(Client client, Campaign campaign, Notices notices, Occasion occasion) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("period", occasion.period());
        model.put("frequency", occasion.frequency());
        model.put("total", notices.size());
        model.put("sections", NoticeModel.sections(notices, maxLines));
        return letters.compose(client, campaign, TEMPLATE, model);
    }
}
