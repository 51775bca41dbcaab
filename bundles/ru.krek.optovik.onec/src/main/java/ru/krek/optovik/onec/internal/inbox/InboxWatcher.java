package ru.krek.optovik.onec.internal.inbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.onec.internal.config.OnecConfig;
import ru.krek.optovik.onec.internal.config.OnecSettings;

/**
 * Polls the drop folder on one thread of its own, stopped with the component. It is also the job
 * "import": one scan on demand or on a schedule, on the same thread, so a scan by the job and one by
 * the poller never overlap.
 */
@Component(service = Job.class, immediate = true, configurationPid = "optovik.onec")
@Designate(ocd = OnecConfig.class)
public final class InboxWatcher implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration QUIET = Duration.ofSeconds(5);
    /** The drop folder has time: it waits for an import from elsewhere rather than failing. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final ExchangeImporter importer;
    private final OptovikHome home;
    private final ScheduledExecutorService poller;
    /** Read and replaced on the poller thread only. */
    private DropFolder folder;
    private String lastError;

    @Activate
    public InboxWatcher(OnecConfig config, BundleContext context, @Reference ExchangeImporter importer) {
        this.importer = importer;
        this.home = OptovikHome.of(context);
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "optovik-1c-inbox");
            thread.setDaemon(true);
            return thread;
        });
        OnecSettings settings;
        try {
            settings = OnecSettings.of(config, home);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; the drop folder stays at {}", e.getMessage(), OnecSettings.DEFAULT_INBOX);
            settings = OnecSettings.defaults(home);
        }
        use(settings);
        poller.scheduleWithFixedDelay(this::poll, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An invalid configuration keeps the folder watched so far. */
    @Modified
    void modified(OnecConfig config) {
        try {
            use(OnecSettings.of(config, home));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping the previous drop folder", e.getMessage());
        }
    }

    private void use(OnecSettings settings) {
        poller.execute(() -> {
            if (folder == null || !folder.inbox().equals(settings.inbox())) {
                folder = new DropFolder(settings.inbox(), importer, QUIET, LOCK_WAIT, Clock.systemDefaultZone());
                LOG.info("Drop folder for 1C exchanges: {}", settings.inbox());
            }
        });
    }

    private void poll() {
        try {
            folder.importComplete();
            lastError = null;
        } catch (IOException | RuntimeException e) {
            String message = e.toString();
            if (!message.equals(lastError)) { // one line per problem, not one per poll
                LOG.error("Drop folder {} cannot be scanned: {}", folder.inbox(), message);
                lastError = message;
            }
        }
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description() {
        return "imports every complete exchange in the drop folder (optovik.onec inbox) now";
    }

    @Override
    public void run(JobContext context) throws Exception {
        context.checkCancelled();
        Future<List<ImportRun>> scan = poller.submit(() -> {
            context.log("scanning " + folder.inbox());
            return folder.importComplete(context::cancelRequested);
        });
        List<ImportRun> runs;
        try {
            runs = scan.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        context.progress(runs.size(), runs.size());
        List<ImportRun> failed = new ArrayList<>();
        for (ImportRun run : runs) {
            context.log("import run " + run.id() + " (" + run.source().description() + "): " + run.status().word()
                    + ", " + run.counts().offers() + " offers, " + run.counts().changes() + " changes"
                    + (run.error() == null ? "" : ": " + run.error()));
            if (run.status() == ImportRun.Status.FAILED) {
                failed.add(run);
            }
        }
        context.count("imports", runs.size());
        context.count("failed", failed.size());
        context.checkCancelled();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("import run(s) " + failed.stream().map(r -> r.id() + ": " + r.error())
                    .reduce((a, b) -> a + "; " + b).orElse("") + " (files in 1c/failed)");
        }
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
        try {
            if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Drop folder: an import is still running; it ends on its own, nothing partial is kept");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
