package ru.krek.optovik.onec.internal.importer;

import java.time.Duration;
import java.util.Locale;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;

/** The one line that tells how a run went: for the shell, the log and the drop folder alike. */
public final class RunSummary {

    private RunSummary() {
    }

    /** e.g. {@code run 12 succeeded: 3 files, 120 groups, 4000 products, 5000 offers, 15000 prices, 37 changes, 1 warning (2.3 s)}. */
    public static String of(ImportRun run) {
        ImportCounts c = run.counts() == null ? ImportCounts.NONE : run.counts();
        StringBuilder s = new StringBuilder("run ").append(run.id()).append(' ').append(run.status().word()).append(": ");
        s.append(count(c.files(), "file")).append(", ").append(count(c.groups(), "group")).append(", ")
                .append(count(c.products(), "product")).append(", ").append(count(c.offers(), "offer")).append(", ")
                .append(count(c.prices(), "price")).append(", ").append(count(c.changes(), "change")).append(", ")
                .append(count(c.warnings(), "warning"));
        if (run.started() != null && run.finished() != null) {
            double seconds = Duration.between(run.started(), run.finished()).toMillis() / 1000.0;
            s.append(String.format(Locale.ROOT, " (%.1f s)", seconds));
        }
        if (run.status() == ImportRun.Status.FAILED && run.error() != null) {
            s.append(": ").append(run.error());
        }
        return s.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
