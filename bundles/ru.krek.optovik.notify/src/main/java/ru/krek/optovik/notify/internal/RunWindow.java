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
 * each read once however many clients need them. Runs are read newest first, only as far back as a
 * client's mark (or its subscription) asks.
 */
final class RunWindow {

    /** More runs than this between two letters to one client are not looked at (a client idle for years). */
    static final int MAX_RUNS = 10_000;
    private static final int FIRST_PAGE = 50;

    private final CatalogStore catalog;
    private final TreeMap<Long, ImportRun> succeeded = new TreeMap<>();
    private final Map<Long, List<CatalogChange>> changes = new HashMap<>();
    private final Map<Long, Map<String, SortedSet<String>>> groups = new HashMap<>();
    private int loaded;
    private boolean all;
    /** The oldest run read so far (any status); Long.MAX_VALUE before the first read. */
    private long oldestId = Long.MAX_VALUE;
    private Instant oldestStart;

    RunWindow(CatalogStore catalog) throws CatalogImportException {
        this.catalog = catalog;
        load(FIRST_PAGE);
    }

    private void load(int limit) throws CatalogImportException {
        List<ImportRun> runs = catalog.runs(limit);
        loaded = limit;
        all = runs.size() < limit || limit >= MAX_RUNS;
        for (ImportRun run : runs) {
            if (run.status() == ImportRun.Status.SUCCEEDED) {
                succeeded.put(run.id(), run);
            }
            if (run.id() < oldestId) {
                oldestId = run.id();
                oldestStart = run.started();
            }
        }
    }

    /** The newest successful run; 0 when there is none. */
    long last() {
        return succeeded.isEmpty() ? 0 : succeeded.lastKey();
    }

    /** Successful runs after {@code after} up to {@code upTo}, that finished at or after {@code since}, oldest first. */
    List<ImportRun> runs(long after, long upTo, Instant since) throws CatalogImportException {
        // read further back until the oldest run read is at or before what is asked for
        while (!all && oldestId > after + 1 && (since == null || oldestStart == null || !oldestStart.isBefore(since))) {
            load(Math.min(MAX_RUNS, loaded * 4));
        }
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
