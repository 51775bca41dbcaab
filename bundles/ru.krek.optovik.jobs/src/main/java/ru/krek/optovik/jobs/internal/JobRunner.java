package ru.krek.optovik.jobs.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobException;
import ru.krek.optovik.api.jobs.JobLogLine;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.jobs.ScheduledJob;
import ru.krek.optovik.api.store.Store;

/**
 * The runner: the registered jobs and their schedules; one run of a job at a time (a lock row per
 * job, so across processes too), started by {@link RunStarter}, read back by {@link RunHistory},
 * stopped by {@link Cancellation}, kept alive by {@link Heartbeat}. {@link JobScheduler} starts the
 * scheduled ones.
 */
@Component(service = { Jobs.class, JobRunner.class })
public final class JobRunner implements Jobs {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final JobClock time;
    private final RunStarter starter;
    private final RunHistory history;
    private final Cancellation cancellation;
    private final Heartbeat heartbeat;
    private volatile Schedules schedules = Schedules.none();

    @Activate
    public JobRunner(@Reference Store store, @Reference OperatorAlerts alerts, @Reference JobClock time) {
        this.time = time;
        RunTable table = new RunTable(store, ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8));
        RunsUnderWay underWay = new RunsUnderWay();
        this.starter = new RunStarter(table, underWay, alerts, time);
        this.history = new RunHistory(table, underWay);
        this.cancellation = new Cancellation(table, underWay, history);
        this.heartbeat = new Heartbeat(table, underWay, cancellation, time);
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
        return starter.start(job, Parameters.checked(job, parameters), startedBy, scheduled);
    }

    @Override
    public JobRun retry(long id, String startedBy) throws JobException {
        JobRun run = history.existing(id);
        if (run.status() != JobRun.Status.FAILED && run.status() != JobRun.Status.CANCELLED) {
            throw new IllegalArgumentException("run " + id + " is " + run.status().word()
                    + "; only a failed or cancelled run can be retried");
        }
        return start(run.job(), run.parameters(), "retry of " + id + " by " + startedBy);
    }

    @Override
    public JobRun await(long id, Duration timeout) throws JobException, InterruptedException {
        return history.await(id, timeout);
    }

    @Override
    public boolean cancel(long id) throws JobException {
        return cancellation.cancel(id);
    }

    @Override
    public Optional<JobRun> run(long id) throws JobException {
        return history.run(id);
    }

    @Override
    public List<JobRun> runs(int limit) throws JobException {
        return history.runs(limit);
    }

    @Override
    public List<JobLogLine> log(long id) throws JobException {
        return history.log(id);
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
        heartbeat.beat();
    }

    /** The framework stops: every run is asked to stop at its next safe point, and given time to. */
    @Deactivate
    void deactivate() {
        cancellation.all();
        starter.stop();
    }
}
