package ru.krek.optovik.jobs.internal;

import java.sql.SQLException;
import ru.krek.optovik.api.jobs.JobException;
import ru.krek.optovik.api.jobs.JobRun;

/**
 * Cancel requests. A run stops at its job's next safe point: a run here is told at once; a run in
 * another process through job_run, which that process reads at its next heartbeat ({@link Heartbeat}).
 */
final class Cancellation {

    private final RunTable table;
    private final RunsUnderWay underWay;
    private final RunHistory history;

    Cancellation(RunTable table, RunsUnderWay underWay, RunHistory history) {
        this.table = table;
        this.underWay = underWay;
        this.history = history;
    }

    /** @return false when the run has ended already */
    boolean cancel(long id) throws JobException {
        RunningJob here = underWay.find(id);
        if (here != null) {
            here.requestCancel("cancel requested");
            return true;
        }
        JobRun run = history.existing(id);
        if (run.finished().isPresent()) {
            return false;
        }
        try {
            table.requestCancel(id);
            return true;
        } catch (SQLException e) {
            throw new JobException("cannot cancel run " + id + ": " + e.getMessage(), e);
        }
    }

    /** A cancel the database holds for a run under way here (asked for in another process). */
    void takeIn(RunningJob run) {
        if (!run.cancelRequested()) {
            run.requestCancel("cancel requested");
        }
    }

    /** The framework stops: every run here is asked to stop at its next safe point. */
    void all() {
        underWay.all().forEach(r -> r.requestCancel("cancel requested: Optovik is stopping"));
    }
}
