package ru.krek.optovik.jobs.internal;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobAlreadyRunningException;
import ru.krek.optovik.api.jobs.JobException;
import ru.krek.optovik.api.jobs.JobLogLine;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.jobs.ScheduledJob;
import ru.krek.optovik.api.store.Store;

/**
 * The runner: one run of a job at a time (a lock row per job, so across processes too), each run on
 * a thread of its own, recorded in job_run with its log. {@link JobScheduler} starts the scheduled ones.
 */
@Component(service = { Jobs.class, JobRunner.class })
public final class JobRunner implements Jobs {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final RunTable table;
    private final OperatorAlerts alerts;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    /** By job name: the runs under way in this process. */
    private final Map<String, RunningJob> running = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "optovik-job");
        thread.setDaemon(true);
        return thread;
    });
    private final JobClock time;
    private volatile Schedules schedules = Schedules.none();
    /** Set on the scheduler's thread once the database answered. */
    private boolean orphansChecked;

    @Activate
    public JobRunner(@Reference Store store, @Reference OperatorAlerts alerts, @Reference JobClock time) {
        this.time = time;
        this.table = new RunTable(store, ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
        this.alerts = alerts;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addJob(Job job) {
        Job before = jobs.putIfAbsent(job.name(), job);
        if (before != null && before != job) {
            LOG.error("Two jobs are named {} ({} and {}); the first one registered runs", job.name(),
                    before.getClass().getName(), job.getClass().getName());
        }
    }

    void removeJob(Job job) {
        jobs.remove(job.name(), job);
    }

    Clock clock() {
        return time.clock();
    }

    JobClock.Current time() {
        return time.current();
    }

    @Override
    public List<Job> jobs() {
        List<Job> list = new ArrayList<>(jobs.values());
        list.sort(Comparator.comparing(Job::name));
        return list;
    }

    @Override
    public JobRun start(String job, Map<String, String> parameters, String startedBy) throws JobException {
        return start(job, parameters, startedBy, null).orElseThrow();
    }

    /** @return empty when the run is scheduled and another process claimed its fire time first */
    Optional<JobRun> start(String name, Map<String, String> parameters, String startedBy, Instant scheduled)
            throws JobException {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("no job '" + name + "'; jobs: " + String.join(", ", jobs.keySet().stream().sorted().toList()));
        }
        Map<String, String> checked = Parameters.checked(job, parameters);
        synchronized (running) {
            RunningJob here = running.get(name);
            if (here != null) {
                throw new JobAlreadyRunningException(name, here.runId());
            }
            Optional<JobRun> recorded;
            try {
                recorded = table.insert(name, checked, startedBy, scheduled, time.clock().instant());
            } catch (SQLException e) {
                throw new JobException("cannot record a run of " + name + ": " + e.getMessage(), e);
            }
            recorded.ifPresent(run -> {
                RunningJob r = new RunningJob(run, table, time.clock());
                running.put(name, r);
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
        running.remove(job.name(), run);
        if (status == JobRun.Status.FAILED) {
            alerts.jobFailed(ended);
        }
        run.whenEnded().complete(ended);
    }

    @Override
    public JobRun retry(long id, String startedBy) throws JobException {
        JobRun run = run(id).orElseThrow(() -> new IllegalArgumentException("no job run " + id + " (see job:list)"));
        if (run.status() != JobRun.Status.FAILED && run.status() != JobRun.Status.CANCELLED) {
            throw new IllegalArgumentException("run " + id + " is " + run.status().word()
                    + "; only a failed or cancelled run can be retried");
        }
        return start(run.job(), run.parameters(), "retry of " + id + " by " + startedBy);
    }

    @Override
    public JobRun await(long id, Duration timeout) throws JobException, InterruptedException {
        RunningJob here = local(id);
        if (here != null) {
            try {
                return here.whenEnded().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return here.snapshot();
            } catch (ExecutionException e) {
                throw new JobException("run " + id + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) { // another process runs it: watch its row
            JobRun run = run(id).orElseThrow(() -> new IllegalArgumentException("no job run " + id));
            if (run.finished().isPresent() || System.nanoTime() > deadline) {
                return run;
            }
            Thread.sleep(250);
        }
    }

    @Override
    public boolean cancel(long id) throws JobException {
        RunningJob here = local(id);
        if (here != null) {
            here.requestCancel();
            here.log("cancel requested");
            return true;
        }
        JobRun run = run(id).orElseThrow(() -> new IllegalArgumentException("no job run " + id + " (see job:list)"));
        if (run.finished().isPresent()) {
            return false;
        }
        try {
            table.requestCancel(id); // the process running it sees the flag at its next heartbeat
            return true;
        } catch (SQLException e) {
            throw new JobException("cannot cancel run " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<JobRun> run(long id) throws JobException {
        RunningJob here = local(id);
        if (here != null) {
            return Optional.of(here.snapshot());
        }
        try {
            return table.run(id);
        } catch (SQLException e) {
            throw new JobException("cannot read job run " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<JobRun> runs(int limit) throws JobException {
        try {
            return table.runs(limit).stream().map(r -> {
                RunningJob here = local(r.id());
                return here == null ? r : here.snapshot();
            }).toList();
        } catch (SQLException e) {
            throw new JobException("cannot read the job runs: " + e.getMessage(), e);
        }
    }

    @Override
    public List<JobLogLine> log(long id) throws JobException {
        run(id).orElseThrow(() -> new IllegalArgumentException("no job run " + id + " (see job:list)"));
        try {
            return table.log(id);
        } catch (SQLException e) {
            throw new JobException("cannot read the log of run " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<ScheduledJob> schedule() {
        Clock now = time.clock();
        return schedules.next(now.instant(), now.getZone());
    }

    /** The scheduler hands over what optovik.jobs configures. */
    void useSchedules(Schedules schedules) {
        this.schedules = schedules;
    }

    Schedules schedules() {
        return schedules;
    }

    /** Heartbeats of the runs under way here; takes in a cancel asked for from another process. */
    void beat() {
        if (!orphansChecked) {
            orphansChecked = abandonOrphans();
        }
        for (RunningJob r : running.values()) {
            try {
                if (table.beat(r.runId(), r.job(), r.done(), r.total(), time.clock().instant()) && !r.cancelRequested()) {
                    r.requestCancel();
                    r.log("cancel requested");
                }
            } catch (SQLException e) {
                LOG.debug("heartbeat of run {} not recorded: {}", r.runId(), e.getMessage());
            }
        }
    }

    /** Runs a stopped process left marked running end as failed (abandoned), once the database answers. */
    private boolean abandonOrphans() {
        try {
            int abandoned = table.abandonOrphans(time.clock().instant());
            if (abandoned > 0) {
                LOG.warn("{} job run(s) left running by a stopped process are marked failed (abandoned)", abandoned);
            }
            return true;
        } catch (SQLException | IllegalStateException e) {
            return false; // the database is not ready yet: the next heartbeat tries again
        }
    }

    private RunningJob local(long id) {
        return running.values().stream().filter(r -> r.runId() == id).findFirst().orElse(null);
    }

    /** The framework stops: every run is asked to stop at its next safe point, and given time to. */
    @Deactivate
    void deactivate() {
        running.values().forEach(r -> {
            r.requestCancel();
            r.log("cancel requested: Optovik is stopping");
        });
        threads.shutdown();
        try {
            if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Jobs still running after {} s: {}; interrupting them", STOP_WAIT.toSeconds(), running.keySet());
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
