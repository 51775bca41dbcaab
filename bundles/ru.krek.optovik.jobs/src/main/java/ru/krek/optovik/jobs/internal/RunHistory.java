package ru.krek.optovik.jobs.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import ru.krek.optovik.api.jobs.JobException;
import ru.krek.optovik.api.jobs.JobLogLine;
import ru.krek.optovik.api.jobs.JobRun;

/** Runs as operators see them: a run under way here as it is now, any other as job_run recorded it. */
final class RunHistory {

    private final RunTable table;
    private final RunsUnderWay underWay;

    RunHistory(RunTable table, RunsUnderWay underWay) {
        this.table = table;
        this.underWay = underWay;
    }

    Optional<JobRun> run(long id) throws JobException {
        RunningJob here = underWay.find(id);
        if (here != null) {
            return Optional.of(here.snapshot());
        }
        try {
            return table.run(id);
        } catch (SQLException e) {
            throw new JobException("cannot read job run " + id + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException no such run */
    JobRun existing(long id) throws JobException {
        return run(id).orElseThrow(() -> new IllegalArgumentException("no job run " + id + " (see job:list)"));
    }

    List<JobRun> runs(int limit) throws JobException {
        try {
            return table.runs(limit).stream().map(r -> {
                RunningJob here = underWay.find(r.id());
                return here == null ? r : here.snapshot();
            }).toList();
        } catch (SQLException e) {
            throw new JobException("cannot read the job runs: " + e.getMessage(), e);
        }
    }

    List<JobLogLine> log(long id) throws JobException {
        existing(id);
        try {
            return table.log(id);
        } catch (SQLException e) {
            throw new JobException("cannot read the log of run " + id + ": " + e.getMessage(), e);
        }
    }

    JobRun await(long id, Duration timeout) throws JobException, InterruptedException {
        RunningJob here = underWay.find(id);
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
}
