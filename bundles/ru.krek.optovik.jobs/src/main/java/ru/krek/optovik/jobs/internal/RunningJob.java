package ru.krek.optovik.jobs.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobRun;

/** A run under way in this process: what its job reports, and the operator's cancel flag. */
final class RunningJob implements JobContext {

    private static final Logger LOG = LoggerFactory.getLogger(RunningJob.class);

    private final JobRun start;
    private final RunTable table;
    private final Clock clock;
    private final AtomicInteger lines = new AtomicInteger();
    private final Map<String, Long> counts = new TreeMap<>();
    private final CompletableFuture<JobRun> ended = new CompletableFuture<>();
    private volatile long done;
    private volatile long total;
    private volatile boolean cancel;

    RunningJob(JobRun start, RunTable table, Clock clock) {
        this.start = start;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public long runId() {
        return start.id();
    }

    String job() {
        return start.job();
    }

    @Override
    public Map<String, String> parameters() {
        return start.parameters();
    }

    @Override
    public void progress(long done, long total) {
        this.done = done;
        this.total = total;
    }

    @Override
    public synchronized void count(String name, long value) {
        counts.put(name, value);
    }

    @Override
    public void log(String line) {
        String text = line.replaceAll("[\\r\\n]+", " ");
        LOG.debug("job {} run {}: {}", start.job(), start.id(), text);
        try {
            table.log(start.id(), lines.incrementAndGet(), clock.instant(), text);
        } catch (SQLException e) {
            LOG.warn("job {} run {}: a log line could not be recorded ({}): {}", start.job(), start.id(),
                    e.getMessage(), text);
        }
    }

    @Override
    public boolean cancelRequested() {
        return cancel;
    }

    /** The job stops at its next safe point; the run's log says why. */
    void requestCancel(String why) {
        cancel = true;
        log(why);
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }

    /** The run as it is now. */
    synchronized JobRun snapshot() {
        return new JobRun(start.id(), start.job(), start.startedBy(), start.parameters(), start.scheduled(),
                start.started(), Optional.empty(), JobRun.Status.RUNNING, done, total, counts, "");
    }

    /** The run as it ended. */
    synchronized JobRun ended(JobRun.Status status, String error, Instant finished) {
        return new JobRun(start.id(), start.job(), start.startedBy(), start.parameters(), start.scheduled(),
                start.started(), Optional.of(finished), status, done, total, counts, error);
    }

    CompletableFuture<JobRun> whenEnded() {
        return ended;
    }
}
