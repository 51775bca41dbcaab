package ru.krek.optovik.jobs.internal;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beats on the scheduler's thread: records the progress of the runs under way here (which keeps
 * their job locks fresh), takes in cancels asked for from another process, and, once the database
 * answers, ends the runs a stopped process left marked running.
 */
final class Heartbeat {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    private final RunTable table;
    private final RunsUnderWay underWay;
    private final Cancellation cancellation;
    private final JobClock time;
    /** Touched on the scheduler's thread only. */
    private boolean orphansChecked;

    Heartbeat(RunTable table, RunsUnderWay underWay, Cancellation cancellation, JobClock time) {
        this.table = table;
        this.underWay = underWay;
        this.cancellation = cancellation;
        this.time = time;
    }

    void beat() {
        if (!orphansChecked) {
            orphansChecked = abandonOrphans();
        }
        for (RunningJob r : underWay.all()) {
            try {
                if (table.beat(r.runId(), r.job(), r.done(), r.total(), time.clock().instant())) {
                    cancellation.takeIn(r);
                }
            } catch (SQLException e) {
                LOG.debug("heartbeat of run {} not recorded: {}", r.runId(), e.getMessage());
            }
        }
    }

    /** @return false while the database is not ready: the next beat tries again */
    private boolean abandonOrphans() {
        try {
            int abandoned = table.abandonOrphans(time.clock().instant());
            if (abandoned > 0) {
                LOG.warn("{} job run(s) left running by a stopped process are marked failed (abandoned)", abandoned);
            }
            return true;
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }
}
