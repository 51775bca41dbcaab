package ru.krek.optovik.notify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;

/**
 * The successful imports of one notification pass, with their changes and the changed offers' groups,
 * each read once however many clients need them.
 */
final class RunWindow {

    /** More runs than this between two letters to one client are not looked at (a client idle for years). */
    static final int MAX_RUNS = 10_000;

    private final CatalogStore catalog;
    private final TreeMap<Long, ImportRun> succeeded = new TreeMap<>();
    private final Map<Long, List<CatalogChange>> changes = new HashMap<>();
    private final Map<Long, Map<String, SortedSet<String>>> groups = new HashMap<>();

    RunWindow(CatalogStore catalog) throws CatalogImportException {
        this.catalog = catalog;
        for (ImportRun run : catalog.runs(MAX_RUNS)) {
            if (run.status() == ImportRun.Status.SUCCEEDED) {
                succeeded.put(run.id(), run);
            }
        }
    }

    /** The newest successful run; 0 when there is none. */
    long last() {
        return succeeded.isEmpty() ? 0 : succeeded.lastKey();
    }

    /** Successful runs after {@code after} up to {@code upTo}, that finished at or after {@code since}, oldest first. */
    List<ImportRun> runs(long after, long upTo, Instant since) {
        List<ImportRun> out = new ArrayList<>();
        for (ImportRun run : succeeded.subMap(after, false, upTo, true).values()) {
            if (since == null || run.finished() == null || !run.finished().isBefore(since)) {
                out.add(run);
            }
        }
        return out;
    }

    List<CatalogChange> changes(long run) throws CatalogImportException {
        List<CatalogChange> cached = changes.get(run);
        if (cached == null) {
            cached = catalog.changes(run);
            changes.put(run, cached);
        }
        return cached;
    }

    /** Groups of an offer one of the runs changed (its product's groups). */
    Map<String, SortedSet<String>> groups(long run) throws CatalogImportException {
        Map<String, SortedSet<String>> cached = groups.get(run);
        if (cached == null) {
            cached = catalog.changeGroups(run);
            groups.put(run, cached);
        }
        return cached;
    }
}
