package ru.krek.optovik.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.mail.ClientLetters;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.pricelist.ClientPrices;
import ru.krek.optovik.api.pricelist.PriceLists;
import ru.krek.optovik.api.store.Store;

/** The notify, digest and after-import jobs' work: which clients, which runs, which campaign. */
@Component(service = NotifyService.class, configurationPid = NotifyConfig.PID)
@Designate(ocd = NotifyConfig.class)
public final class NotifyService {

    /** A weekly client is due when its last digest is this old (a daily schedule drifts by minutes). */
    static final Duration WEEK = Duration.ofDays(7).minusHours(12);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    private final CatalogStore catalog;
    private final ClientDirectory directory;
    private final Store store;
    private final Notifier notifier;
    private final PriceListMailer priceLists;
    private final Clock clock = Clock.systemUTC();
    private final NotifyLedger ledger = new NotifyLedger();

    @Activate
    public NotifyService(@Reference CatalogStore catalog, @Reference ClientDirectory directory, @Reference Store store,
            @Reference Outbox outbox, @Reference ClientPrices prices, @Reference PriceLists lists,
            @Reference ClientLetters letters, NotifyConfig config) {
        this.catalog = catalog;
        this.directory = directory;
        this.store = store;
        this.notifier = new Notifier(store, outbox, directory, prices, letters, clock, Math.max(1, config.letter_max_lines()));
        this.priceLists = new PriceListMailer(store, outbox, directory, lists, letters);
    }

    /** Instant clients hear of one import (0 = the last successful one): one letter each that it concerns. */
    void instant(long run, JobContext context) throws Exception {
        RunWindow window = new RunWindow(catalog);
        ImportRun target = succeeded(run == 0 ? window.last() : run);
        String period = "загрузка каталога " + target.id() + " от " + when(target.finished());
        tellAll(clients(NotifyFrequency.INSTANT), window, target.id(),
                new Notifier.Occasion("import-" + target.id(), period, "instant", false), context);
    }

    /**
     * Digest clients hear of every import since their last letter, merged.
     *
     * @param mode daily, weekly (every client of that frequency now) or due (daily ones, and weekly ones whose
     *             last digest is a week old)
     */
    void digest(String mode, JobContext context) throws Exception {
        RunWindow window = new RunWindow(catalog);
        long upTo = window.last();
        List<Client> daily = "weekly".equals(mode) ? List.of() : clients(NotifyFrequency.DAILY);
        List<Client> weekly = "daily".equals(mode) ? List.of() : clients(NotifyFrequency.WEEKLY);
        if ("due".equals(mode)) {
            Instant weekAgo = clock.instant().minus(WEEK);
            List<Client> due = new java.util.ArrayList<>();
            for (Client c : weekly) {
                NotifyLedger.Mark mark = notifier.mark(c.id()).orElse(null);
                Instant last = mark != null && mark.digestAt() != null ? mark.digestAt()
                        : c.confirmed() != null ? c.confirmed() : c.created();
                if (!last.isAfter(weekAgo)) {
                    due.add(c);
                }
            }
            weekly = due;
        }
        String period = "по " + when(clock.instant());
        tellAll(daily, window, upTo, new Notifier.Occasion("daily-" + upTo, period, "daily", true), context);
        tellAll(weekly, window, upTo, new Notifier.Occasion("weekly-" + upTo, period, "weekly", true), context);
    }

    /** Price lists due each import: one letter per client with the list attached. */
    void priceLists(long run, JobContext context) throws Exception {
        List<Client> due = priceLists.due();
        int queued = 0;
        int done = 0;
        for (Client client : due) {
            context.checkCancelled();
            try {
                if (priceLists.queue(client, "import-" + run)) {
                    queued++;
                }
            } catch (Exception e) {
                context.log("client " + client.id() + ": no price list: " + e.getMessage());
            }
            context.progress(++done, due.size());
        }
        context.count("pricelists", queued);
        context.log("import " + run + ": " + queued + " price list(s) queued of " + due.size() + " client(s) due");
    }

    /**
     * The chain after imports: every successful import not chained yet (only the last one the first time), in
     * order: its instant notices, then its price lists, then it is noted as done.
     */
    void afterImport(JobContext context) throws Exception {
        RunWindow window = new RunWindow(catalog);
        long chained = lastChained();
        List<ImportRun> runs = window.runs(chained, window.last(), null);
        if (chained == 0 && !runs.isEmpty()) {
            runs = List.of(runs.get(runs.size() - 1)); // a system new to notices does not replay its history
        }
        for (ImportRun run : runs) {
            context.checkCancelled();
            context.log("after import " + run.id());
            instant(run.id(), context);
            priceLists(run.id(), context);
            store.inTransaction(c -> {
                ledger.chained(c, run.id(), clock.instant());
                return null;
            });
        }
        context.count("imports", runs.size());
    }

    /** The newest successful import when the chain has not done it yet, else 0: the watcher starts the job then. */
    long importPending() throws Exception {
        long state = catalog.state();
        return state > lastChained() ? state : 0;
    }

    long lastChained() throws Exception {
        return store.inTransaction(ledger::lastChained);
    }

    private void tellAll(List<Client> clients, RunWindow window, long upTo, Notifier.Occasion occasion,
            JobContext context) throws Exception {
        int queued = 0;
        int nothing = 0;
        int done = 0;
        for (Client client : clients) {
            context.checkCancelled(); // between clients: each one's letter and mark commit together
            switch (notifier.tell(client, window, upTo, occasion)) {
                case QUEUED -> queued++;
                case NOTHING -> nothing++;
                case ALREADY -> { }
            }
            context.progress(++done, clients.size());
        }
        context.count(occasion.frequency() + "-letters", queued);
        context.log(occasion.frequency() + " (" + occasion.key() + "): " + queued + " letter(s) queued, " + nothing
                + " client(s) with nothing to hear, " + (clients.size() - queued - nothing) + " told already");
    }

    private List<Client> clients(NotifyFrequency frequency) throws Exception {
        return directory.list(new ClientQuery(ClientStatus.ACTIVE, null, null)).stream()
                .filter(c -> !c.isErased() && c.options().notifications() == frequency).toList();
    }

    private ImportRun succeeded(long run) throws Exception {
        ImportRun found = catalog.run(run).filter(r -> r.status() == ImportRun.Status.SUCCEEDED)
                .orElseThrow(() -> new IllegalArgumentException(run == 0 ? "no successful import yet"
                        : "import run " + run + " does not exist or did not succeed"));
        return found;
    }

    private static String when(Instant instant) {
        return instant == null ? "" : instant.atZone(ZoneId.systemDefault()).format(WHEN);
    }
}
