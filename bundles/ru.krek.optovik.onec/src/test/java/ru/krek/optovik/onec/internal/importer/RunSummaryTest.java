package ru.krek.optovik.onec.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;

class RunSummaryTest {

    @Test
    void oneLineWithCountsAndTime() {
        ImportRun run = new ImportRun(12, new ImportSource("shell", "x"), "2.10", ImportRun.Status.SUCCEEDED,
                Instant.EPOCH, Instant.EPOCH.plusMillis(2340), new ImportCounts(3, 120, 4000, 5000, 15000, 37, 1),
                List.of("w"), null);
        assertEquals("run 12 succeeded: 3 files, 120 groups, 4000 products, 5000 offers, 15000 prices, 37 changes, "
                + "1 warning (2.3 s)", RunSummary.of(run));
    }

    @Test
    void aFailedRunEndsWithItsReason() {
        ImportRun run = new ImportRun(13, new ImportSource("shell", "x"), null, ImportRun.Status.FAILED,
                Instant.EPOCH, Instant.EPOCH, ImportCounts.NONE, List.of(), "offers.xml, строка 5: оборван");
        assertEquals("run 13 failed: 0 files, 0 groups, 0 products, 0 offers, 0 prices, 0 changes, 0 warnings (0.0 s): "
                + "offers.xml, строка 5: оборван", RunSummary.of(run));
    }
}
