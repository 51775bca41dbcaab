package ru.krek.optovik.jobs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * inbox-watch: alerts operators about imports that failed since its last run (whoever started them:
 * the drop folder, 1C over HTTP, a job) and about drop-folder files lying there longer than
 * {@code alert.inbox.stuck.minutes} (the drop folder takes a finished exchange within seconds).
 */
@Component(service = Job.class, configurationPid = "optovik.jobs")
public final class InboxWatchJob implements Job {

    static final String INBOX = "1c/inbox";
    private static final int RUNS_LOOKED_AT = 50;

    private final OptovikHome home;
    private final CatalogStore catalog;
    private final OperatorAlerts alerts;
    private final JobClock time;
    private volatile int stuckMinutes;
    /** Import runs up to this one were looked at; -1 = not yet, then the ones before this start are old news. */
    private long seenImport = -1;
    private List<String> lastStuck = List.of();

    @Activate
    public InboxWatchJob(JobsConfig config, BundleContext context, @Reference CatalogStore catalog,
            @Reference OperatorAlerts alerts, @Reference JobClock time) {
        this.home = OptovikHome.of(context);
        this.catalog = catalog;
        this.alerts = alerts;
        this.time = time;
        modified(config);
    }

    @Modified
    void modified(JobsConfig config) {
        stuckMinutes = Math.max(1, config.alert_inbox_stuck_minutes());
    }

    @Override
    public String name() {
        return "inbox-watch";
    }

    @Override
    public String description() {
        return "alerts operators about failed imports and files stuck in the drop folder (alert.inbox.stuck.minutes)";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(new JobParameter("inbox", "the drop folder, relative to OPTOVIK_HOME", INBOX));
    }

    @Override
    public synchronized void run(JobContext context) throws Exception {
        failedImports(context);
        stuckFiles(context, home.resolve(context.parameter("inbox")));
    }

    private void failedImports(JobContext context) throws Exception {
        List<ImportRun> runs = catalog.runs(RUNS_LOOKED_AT);
        long newest = runs.stream().mapToLong(ImportRun::id).max().orElse(0);
        if (seenImport >= 0) {
            List<ImportRun> failed = runs.stream()
                    .filter(r -> r.id() > seenImport && r.status() == ImportRun.Status.FAILED).toList();
            for (ImportRun r : failed) {
                alerts.alert("import-run-" + r.id(), "загрузка " + r.id() + " из 1С не прошла",
                        "import run " + r.id() + " (" + r.source().origin() + ": " + r.source().description()
                                + ") failed: " + r.error(),
                        Map.of("kind", "import", "run", r.id(), "origin", r.source().origin(),
                                "files", r.source().description(), "error", String.valueOf(r.error())));
            }
            context.count("failed-imports", failed.size());
        }
        seenImport = Math.max(seenImport, newest);
    }

    private void stuckFiles(JobContext context, Path inbox) throws IOException {
        Instant now = time.clock().instant();
        List<Path> stuck = CleanupJob.olderThan(inbox, now.minus(Duration.ofMinutes(stuckMinutes)));
        List<String> names = stuck.stream().map(p -> p.getFileName().toString()).toList();
        context.count("stuck", names.size());
        if (!names.isEmpty() && !names.equals(lastStuck)) { // one alert per situation, not one per run
            alerts.alert(situation(stuck), "файлы в папке обмена лежат дольше " + stuckMinutes + " мин.",
                    "drop folder " + inbox + ": " + names.size() + " entr(ies) older than " + stuckMinutes
                            + " min: " + String.join(", ", names),
                    Map.of("kind", "inbox", "inbox", inbox.toString(), "files", names, "minutes", stuckMinutes));
        }
        context.log(names.isEmpty() ? "drop folder " + inbox + ": nothing stuck" : "stuck: " + String.join(", ", names));
        lastStuck = names;
    }

    /**
     * The stuck entries by name and modification time: 1C names its files the same every time, so
     * the same names stuck again next week are a new situation, and a new letter.
     */
    static String situation(List<Path> stuck) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path entry : stuck) {
            all.append(entry.getFileName()).append('\t')
                    .append(Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toMillis()).append('\n');
        }
        return "inbox-stuck-" + Situations.digest(all.toString());
    }
}
