package ru.krek.optovik.onec.internal.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.internal.files.Trees;

/**
 * The drop folder: each complete exchange (see {@link InboxRule}) is imported once, then moved to
 * processed/<time>-run<id>/ or to failed/<time>-run<id>/ with a reason.txt beside it. When no run
 * could start (another import holds the lock, the database is down) the files stay and are tried
 * again at the next scan. Not thread-safe: one scanning thread at a time (the watcher's, or a job's).
 */
public final class DropFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path inbox;
    private final Path processed;
    private final Path failed;
    private final ExchangeImporter importer;
    private final Duration lockWait;
    private final Clock clock;
    private final InboxRule rule;
    private Map<Path, Arrival> previous = Map.of();
    /** Imported but could not be moved away: never imported twice. */
    private final Map<Path, Arrival> stuck = new HashMap<>();
    private String lastProblem;

    /**
     * @param inbox the watched folder; processed and failed are its siblings
     * @param quiet how long an exchange must be untouched before it is taken
     */
    public DropFolder(Path inbox, ExchangeImporter importer, Duration quiet, Duration lockWait, Clock clock) {
        this.inbox = inbox;
        this.processed = inbox.resolveSibling("processed");
        this.failed = inbox.resolveSibling("failed");
        this.importer = importer;
        this.lockWait = lockWait;
        this.clock = clock;
        this.rule = new InboxRule(quiet);
    }

    public Path inbox() {
        return inbox;
    }

    /** Scans the inbox once and imports every exchange that is complete now; returns their runs. */
    public List<ImportRun> importComplete() throws IOException {
        return importComplete(() -> false);
    }

    /**
     * The same, stopping before the next exchange once {@code stop} says so (a cancelled job): the
     * exchanges not taken stay in the inbox for the next scan.
     */
    public List<ImportRun> importComplete(BooleanSupplier stop) throws IOException {
        Files.createDirectories(inbox);
        Map<Path, Arrival> now = look();
        List<InboxRule.Exchange> ready = rule.complete(now, previous, clock.instant());
        previous = now;
        stuck.keySet().retainAll(now.keySet());
        List<ImportRun> runs = new ArrayList<>();
        for (InboxRule.Exchange exchange : ready) {
            if (stop.getAsBoolean()) {
                break;
            }
            if (exchange.paths().stream().allMatch(p -> now.get(p).equals(stuck.get(p)))) {
                continue;
            }
            ImportRun run = importOne(exchange);
            if (run != null) {
                runs.add(run);
                settle(exchange, run, now);
            }
        }
        return runs;
    }

    private ImportRun importOne(InboxRule.Exchange exchange) {
        String names = exchange.paths().stream().map(p -> p.getFileName().toString()).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("");
        try {
            ImportRun run = importer.importFiles(exchange.paths(), new ImportSource("inbox", names), lockWait);
            lastProblem = null;
            return run;
        } catch (CatalogImportException e) {
            if (!e.getMessage().equals(lastProblem)) {
                LOG.warn("Drop folder: {} waits in {}: {}", names, inbox, e.getMessage());
                lastProblem = e.getMessage();
            }
            return null;
        }
    }

    /** Moves the exchange out of the inbox, so it is never imported again. */
    private void settle(InboxRule.Exchange exchange, ImportRun run, Map<Path, Arrival> now) {
        boolean ok = run.status() == ImportRun.Status.SUCCEEDED;
        String stamp = LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).format(STAMP);
        Path target = (ok ? processed : failed).resolve(stamp + "-run" + run.id());
        try {
            Files.createDirectories(target);
            if (!ok) {
                Files.writeString(target.resolve("reason.txt"), reasonText(run), StandardCharsets.UTF_8);
            }
            for (Path path : exchange.paths()) {
                Trees.move(path, target.resolve(path.getFileName().toString()));
            }
        } catch (IOException e) {
            LOG.error("Drop folder: run {} is {}, but its files could not be moved to {}: {}; they stay in {} "
                    + "and are not imported again", run.id(), run.status().word(), target, e.getMessage(), inbox);
            exchange.paths().forEach(p -> stuck.put(p, now.get(p)));
        }
    }

    static String reasonText(ImportRun run) {
        return "Обмен не загружен (запуск " + run.id() + ", источник " + run.source().origin() + ").\n"
                + "Причина: " + run.error() + "\n"
                + "Исправьте выгрузку в 1С и положите обмен в папку снова.\n";
    }

    /** The inbox's top-level entries, leaving out what is still named as being written and links. */
    private Map<Path, Arrival> look() throws IOException {
        Map<Path, Arrival> now = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                if (Arrival.inProgressName(entry.getFileName().toString())
                        || Files.isSymbolicLink(entry) || !Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    now.put(entry, Arrival.of(entry));
                } catch (IOException e) {
                    // vanished or renamed while we looked: the next poll sees it settled
                }
            }
        }
        return now;
    }
}
