package ru.krek.optovik.notify.internal;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.JobAlreadyRunningException;
import ru.krek.optovik.api.jobs.Jobs;

/**
 * Starts the after-import job when a successful import appears that the chain has not done. Imports come
 * from the drop folder, 1C over HTTP and the shell, none of which signals its end, so the catalog's state is
 * asked (one cheap query) every few seconds. The job's own lock and the ledger keep it once per import,
 * also with two processes on one database.
 */
@Component(immediate = true, configurationPid = NotifyConfig.PID)
public final class ImportWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWatcher.class);

    private final NotifyService notify;
    private final Jobs jobs;
    private final ScheduledExecutorService timer;
    private String lastProblem;
    /** The import the job was last started for: a chain that failed waits for an operator or the next import. */
    private long startedFor;

    @Activate
    public ImportWatcher(@Reference NotifyService notify, @Reference Jobs jobs, NotifyConfig config) {
        this.notify = notify;
        this.jobs = jobs;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "optovik-notify-watch");
            t.setDaemon(true);
            return t;
        });
        if (config.after_import()) {
            long every = Math.max(1, config.poll_seconds());
            timer.scheduleWithFixedDelay(this::look, every, every, TimeUnit.SECONDS);
        } else {
            LOG.info("optovik.notify after.import=false: notices and price lists go only when a job is run");
        }
    }

    private void look() {
        try {
            long pending = notify.importPending();
            if (pending > startedFor) {
                jobs.start(AfterImportJob.NAME, Map.of(), "import " + pending);
                startedFor = pending;
            }
            lastProblem = null;
        } catch (JobAlreadyRunningException e) {
            // it will find this import too, or the next look starts it again
        } catch (Exception e) {
            String problem = e.toString();
            if (!problem.equals(lastProblem)) { // one line per problem, not one per look (the database may be down)
                LOG.warn("After-import chain not started: {}", problem);
                lastProblem = problem;
            }
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
