package ru.krek.optovik.jobs.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobAlreadyRunningException;
import ru.krek.optovik.api.jobs.JobException;
import ru.krek.optovik.api.jobs.JobRun;

/**
 * Starts runs: claims each in job_run (with its job's lock and, when scheduled, its fire time),
 * runs it on a thread of its own, records how it ended and alerts operators to a failure.
 */
final class RunStarter {

    private static final Logger LOG = LoggerFactory.getLogger(RunStarter.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final RunTable table;
    private final RunsUnderWay underWay;
    private final OperatorAlerts alerts;
    private final JobClock time;
    private final ExecutorService threads = Executors.newCachedThreadPool(RunStarter::thread);

    RunStarter(RunTable table, RunsUnderWay underWay, OperatorAlerts alerts, JobClock time) {
        this.table = table;
        this.underWay = underWay;
        this.alerts = alerts;
        this.time = time;
    }

    /**
     * @param parameters checked against the job's already
     * @return empty when the run is scheduled and another process claimed its fire time first
     */
    Optional<JobRun> start(Job job, Map<String, String> parameters, String startedBy, Instant scheduled)
            throws JobException {
        synchronized (underWay) {
            RunningJob here = underWay.ofJob(job.name());
            if (here != null) {
                throw new JobAlreadyRunningException(job.name(), here.runId());
            }
            Optional<JobRun> recorded;
            try {
                recorded = table.insert(job.name(), parameters, startedBy, scheduled, time.clock().instant());
            } catch (SQLException e) {
                throw new JobException("cannot record a run of " + job.name() + ": " + e.getMessage(), e);
            }
            recorded.ifPresent(run -> {
                RunningJob r = new RunningJob(run, table, time.clock());
                underWay.add(r);
                threads.execute(() -> execute(job, r));
            });
            return recorded;
        }
    }

    private void execute(Job job, RunningJob run) {
        Thread.currentThread().setName("optovik-job-" + job.name() + "-" + run.runId());
        JobRun.Status status = JobRun.Status.SUCCEEDED;
        String error = "";
        try {
            job.run(run);
        } catch (CancellationException e) {
            status = JobRun.Status.CANCELLED;
            error = "cancelled: " + (e.getMessage() == null ? "at a safe point" : e.getMessage());
        } catch (Exception | LinkageError | AssertionError e) {
            status = JobRun.Status.FAILED;
            error = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
            error = error.replaceAll("\\s+", " ").trim();
        }
        run.log(status == JobRun.Status.SUCCEEDED ? "succeeded" : error);
        JobRun ended = run.ended(status, error, time.clock().instant());
        try {
            table.finish(ended);
        } catch (SQLException e) {
            LOG.error("Job {} run {} ended {} but could not be recorded: {}", job.name(), run.runId(),
                    status.word(), e.getMessage());
        }
        underWay.remove(run);
        if (status == JobRun.Status.FAILED) {
            alerts.jobFailed(ended);
        }
        run.whenEnded().complete(ended);
    }

    /**
     * A job thread, inheriting no thread locals. It is made by whoever starts a run, often a shell
     * command, and Gogo keeps a session's streams in inheritable thread locals: an inheriting thread
     * would write System.out (console logging included) into that session, long closed by the time
     * the job, or a later one on the same thread, prints.
     */
    static Thread thread(Runnable work) {
        Thread thread = new Thread(null, work, "optovik-job", 0, false);
        thread.setDaemon(true);
        return thread;
    }

    /** Gives the runs (asked to cancel already) time to reach a safe point, then interrupts them. */
    void stop() {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Jobs still running after {} s: {}; interrupting them", STOP_WAIT.toSeconds(), underWay.jobs());
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
