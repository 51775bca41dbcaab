package ru.krek.optovik.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;

class RunWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    /** Runs 1..count, one an hour; every fifth failed. Counts the runs read. */
    private final List<Integer> reads = new ArrayList<>();

    private CatalogStore catalog(int count) {
        return (CatalogStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {CatalogStore.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("runs")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    int limit = (Integer) args[0];
                    reads.add(limit);
                    List<ImportRun> runs = new ArrayList<>();
                    for (long id = count; id >= 1 && runs.size() < limit; id--) {
                        Instant start = T0.plusSeconds(3600 * id);
                        runs.add(new ImportRun(id, new ImportSource("test", "run " + id), "2.10",
                                id % 5 == 0 ? ImportRun.Status.FAILED : ImportRun.Status.SUCCEEDED, start,
                                start.plusSeconds(60), ImportCounts.NONE, List.of(), null));
                    }
                    return runs;
                });
    }

    @Test
    void onlySuccessfulRunsInTheRangeOldestFirst() throws Exception {
        RunWindow window = new RunWindow(catalog(12));
        assertEquals(12, window.last());
        assertEquals(List.of(7L, 8L, 9L), window.runs(6, 10, null).stream().map(ImportRun::id).toList());
        assertEquals(List.of(1, 2, 3, 4, 6), window.runs(0, 6, null).stream().map(r -> (int) r.id()).toList());
    }

    @Test
    void readsFurtherBackOnlyWhenAClientsMarkAsks() throws Exception {
        RunWindow window = new RunWindow(catalog(1_000));
        assertEquals(List.of(999L), window.runs(998, 1_000, null).stream().map(ImportRun::id).toList());
        assertEquals(List.of(50), reads, "the first page serves recent marks");
        assertEquals(List.of(101L, 102L, 103L, 104L, 106L), window.runs(100, 106, null).stream().map(ImportRun::id).toList());
        assertEquals(List.of(50, 200, 800, 3200), reads, "pages grow until run 101 is read");
        assertEquals(800, window.runs(0, 1_000, null).size(), "every successful run of the thousand");
    }

    @Test
    void aClientWithoutAMarkIsToldOfRunsSinceItSubscribed() throws Exception {
        RunWindow window = new RunWindow(catalog(1_000));
        Instant subscribed = T0.plusSeconds(3600 * 990 + 120); // after run 990 finished
        assertEquals(List.of(991L, 992L, 993L, 994L, 996L, 997L, 998L, 999L),
                window.runs(0, 999, subscribed).stream().map(ImportRun::id).toList());
        assertEquals(List.of(50), reads, "no need to read the whole history");
    }
}
