package ru.krek.optovik.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.Store;

/**
 * cleanup: deletes what has been kept long enough — exchanges in 1c/processed and 1c/failed, files
 * in pricelists/, finished job runs with their logs, the attachments of sent letters (the outbox would
 * otherwise grow by every price list mailed). Each entry goes whole; cancel stops between entries.
 */
@Component(service = Job.class, configurationPid = "optovik.jobs")
public final class CleanupJob implements Job {

    private final OptovikHome home;
    private final JobClock time;
    private final RunTable runTable;
    private final Outbox outbox;
    private volatile JobsConfig config;

    @Activate
    public CleanupJob(JobsConfig config, BundleContext context, @Reference JobClock time, @Reference Store store,
            @Reference Outbox outbox) {
        this.home = OptovikHome.of(context);
        this.time = time;
        this.runTable = new RunTable(store, "cleanup");
        this.outbox = outbox;
        this.config = config;
    }

    @Modified
    void modified(JobsConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "cleanup";
    }

    @Override
    public String description() {
        return "deletes old exchanges (1c/processed, 1c/failed), price lists, job runs and sent letters' attachments (cleanup.*.days)";
    }

    /** A folder whose entries go when older than their age. */
    private record Area(String folder, int days) {
    }

    @Override
    public void run(JobContext context) throws Exception {
        JobsConfig c = config;
        Instant now = time.clock().instant();
        List<Area> areas = List.of(new Area("1c/processed", c.cleanup_processed_days()),
                new Area("1c/failed", c.cleanup_failed_days()), new Area("pricelists", c.cleanup_pricelists_days()));
        List<Path> doomed = new ArrayList<>();
        for (Area area : areas) {
            doomed.addAll(olderThan(home.resolve(area.folder()), daysBefore(now, area.days())));
        }
        long done = 0;
        context.progress(0, doomed.size() + 1);
        for (Path p : doomed) {
            context.checkCancelled();
            deleteTree(p);
            context.log("deleted " + home.path().relativize(p));
            context.progress(++done, doomed.size() + 1);
        }
        context.count("files", doomed.size());
        context.checkCancelled();
        int runs = runTable.deleteFinishedBefore(daysBefore(now, c.cleanup_runs_days()));
        context.count("runs", runs);
        context.log("deleted " + runs + " job run(s) older than " + c.cleanup_runs_days() + " days");
        context.checkCancelled();
        int attachments = outbox.forgetAttachments(daysBefore(now, c.cleanup_letters_days()));
        context.count("attachments", attachments);
        context.log("deleted " + attachments + " attachment(s) of letters sent over " + c.cleanup_letters_days() + " days ago");
        context.progress(doomed.size() + 1, doomed.size() + 1);
    }

    /** A configured age in days, at least one whatever the configuration says (metatype's min is not enforced). */
    private static Instant daysBefore(Instant now, int days) {
        return now.minus(Duration.ofDays(Math.max(1, days)));
    }

    /** The folder's entries last modified before the time (a subfolder by its newest file). */
    static List<Path> olderThan(Path folder, Instant before) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> old = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (newest(entry).isBefore(before)) {
                    old.add(entry);
                }
            }
        }
        return old;
    }

    private static Instant newest(Path entry) throws IOException {
        try (Stream<Path> all = Files.walk(entry)) {
            Instant newest = Instant.MIN;
            for (Path p : (Iterable<Path>) all::iterator) {
                Instant t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
                newest = t.isAfter(newest) ? t : newest;
            }
            return newest;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
