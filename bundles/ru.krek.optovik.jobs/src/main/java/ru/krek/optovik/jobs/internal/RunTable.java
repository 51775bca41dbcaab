package ru.krek.optovik.jobs.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.krek.optovik.api.jobs.JobAlreadyRunningException;
import ru.krek.optovik.api.jobs.JobLogLine;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.store.Sql;
import ru.krek.optovik.api.store.Store;

/** The job_run, job_log, job_lock and job_schedule_claim rows (db/004-jobs.sql). */
final class RunTable {

    /** A lock whose holder has not beaten for this long belongs to a process that died. */
    static final Duration STALE = Duration.ofMinutes(2);
    private static final String COLUMNS = "id, job, started_by, parameters, scheduled, started, finished, status, "
            + "done_units, total_units, counts, error_text";

    private static final int FINISH_ATTEMPTS = 5;
    /** SQLSTATE of "deadlock; update conflicts with concurrent update". */
    private static final String UPDATE_CONFLICT = "40001";

    private final Store store;
    private final String owner;

    /** @param owner this process, as the lock rows name it */
    RunTable(Store store, String owner) {
        this.store = store;
        this.owner = owner;
    }

    /**
     * Records a new running run in one transaction with its job's lock and, for a scheduled run, its
     * claim of the fire time.
     *
     * @return the run; empty when another process claimed that fire time first
     * @throws JobAlreadyRunningException the job's lock is held by a live run
     */
    Optional<JobRun> insert(String job, Map<String, String> parameters, String startedBy, Instant scheduled,
            Instant now) throws SQLException, JobAlreadyRunningException {
        try {
            return insertRun(job, parameters, startedBy, scheduled, now);
        } catch (AlreadyRunning e) {
            throw e.refusal();
        }
    }

    private Optional<JobRun> insertRun(String job, Map<String, String> parameters, String startedBy, Instant scheduled,
            Instant now) throws SQLException {
        return store.inTransaction(c -> {
            Sql sql = new Sql(c);
            if (scheduled != null && !insertOrConflict(sql, "insert into job_schedule_claim (job, fire_time, owner, claimed) "
                    + "values (?, ?, ?, ?)", job, scheduled, owner, now)) {
                return Optional.<JobRun>empty();
            }
            long id = sql.first("insert into job_run (job, started_by, parameters, scheduled, started, status, owner) "
                    + "values (?, ?, ?, ?, ?, 'RUNNING', ?) returning id", rs -> rs.getLong(1), job,
                    Firebird.clip(startedBy, 200), Firebird.clip(Pairs.encode(parameters), 4000), scheduled, now, owner);
            lock(c, job, id, now);
            return Optional.of(new JobRun(id, job, startedBy, parameters, Optional.ofNullable(scheduled), now,
                    Optional.empty(), JobRun.Status.RUNNING, 0, 0, Map.of(), ""));
        });
    }

    /** Takes the job's lock for the run; a stale holder's run is ended as abandoned first. */
    private void lock(Connection c, String job, long run, Instant now) throws SQLException {
        Sql sql = new Sql(c);
        String insert = "insert into job_lock (job, run_id, owner, heartbeat) values (?, ?, ?, ?)";
        if (insertOrConflict(sql, insert, job, run, owner, now)) {
            return;
        }
        Object[] holder = sql.first("select run_id, heartbeat from job_lock where job = ?",
                rs -> new Object[] { rs.getLong(1), Sql.instant(rs, "heartbeat") }, job);
        if (holder != null && ((Instant) holder[1]).isBefore(now.minus(STALE))) {
            abandon(sql, (Long) holder[0], now);
            sql.update("delete from job_lock where job = ? and run_id = ?", job, holder[0]);
            if (insertOrConflict(sql, insert, job, run, owner, now)) {
                return;
            }
        }
        Long holding = sql.first("select run_id from job_lock where job = ?", rs -> rs.getLong(1), job);
        throw new AlreadyRunning(new JobAlreadyRunningException(job, holding == null ? 0 : holding));
    }

    private static boolean insertOrConflict(Sql sql, String insert, Object... parameters) throws SQLException {
        try {
            sql.update(insert, parameters);
            return true;
        } catch (SQLException e) {
            if (Firebird.uniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void abandon(Sql sql, long run, Instant now) throws SQLException {
        sql.update("update job_run set status = 'FAILED', finished = ?, error_text = ? where id = ? and status = 'RUNNING'",
                now, "abandoned: the process running it stopped", run);
    }

    /**
     * Ends the run and releases its job's lock, in one transaction. A heartbeat writing the same rows at
     * that moment makes Firebird refuse the later writer (update conflict): the end is tried again, or a
     * run that succeeded would stay "running" until the orphan check called it abandoned.
     */
    void finish(JobRun run) throws SQLException {
        for (int attempt = 1;; attempt++) {
            try {
                end(run);
                return;
            } catch (SQLException e) {
                if (attempt == FINISH_ATTEMPTS || !UPDATE_CONFLICT.equals(e.getSQLState())) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void end(JobRun run) throws SQLException {
        store.inTransaction(c -> {
            Sql sql = new Sql(c);
            sql.update("update job_run set finished = ?, status = ?, done_units = ?, total_units = ?, counts = ?, "
                    + "error_text = ? where id = ?", run.finished().orElseThrow(), run.status().name(), run.done(),
                    run.total(), Firebird.clip(Pairs.encode(run.counts()), 2000), Firebird.clip(run.error(), 4000), run.id());
            sql.update("delete from job_lock where job = ? and run_id = ?", run.job(), run.id());
            return null;
        });
    }

    /** Progress and the lock's heartbeat; answers whether someone asked (maybe from another process) to cancel. */
    boolean beat(long run, String job, long done, long total, Instant now) throws SQLException {
        return store.inTransaction(c -> {
            Sql sql = new Sql(c);
            sql.update("update job_run set done_units = ?, total_units = ? where id = ?", done, total, run);
            sql.update("update job_lock set heartbeat = ? where job = ? and run_id = ?", now, job, run);
            Boolean cancel = sql.first("select cancel_requested from job_run where id = ?", rs -> rs.getBoolean(1), run);
            return Boolean.TRUE.equals(cancel);
        });
    }

    void requestCancel(long run) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            new Sql(c).update("update job_run set cancel_requested = true where id = ? and status = 'RUNNING'", run);
        }
    }

    /** Runs of this process's owner name left running by an earlier life of it, and runs without a lock. */
    int abandonOrphans(Instant now) throws SQLException {
        return store.inTransaction(c -> {
            Sql sql = new Sql(c);
            sql.update("delete from job_lock where heartbeat < ?", now.minus(STALE));
            return sql.update("update job_run r set status = 'FAILED', finished = ?, error_text = ? where status = 'RUNNING' "
                    + "and not exists (select 1 from job_lock l where l.run_id = r.id)", now,
                    "abandoned: the process running it stopped");
        });
    }

    void log(long run, int seq, Instant time, String line) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            new Sql(c).update("insert into job_log (run_id, seq, logged, line) values (?, ?, ?, ?)", run, seq, time,
                    Firebird.clip(line, 4000));
        }
    }

    Optional<JobRun> run(long id) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            return Optional.ofNullable(new Sql(c).first("select " + COLUMNS + " from job_run where id = ?", RunTable::read, id));
        }
    }

    /** Running runs first, then the latest; newest first within each. */
    List<JobRun> runs(int limit) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            return new Sql(c).list("select first " + limit + " " + COLUMNS + " from job_run "
                    + "order by case when status = 'RUNNING' then 0 else 1 end, id desc", RunTable::read);
        }
    }

    List<JobLogLine> log(long run) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            return new Sql(c).list("select logged, line from job_log where run_id = ? order by seq",
                    rs -> new JobLogLine(run, Sql.instant(rs, "logged"), rs.getString("line")), run);
        }
    }

    /** Deletes finished runs (and, by cascade, their logs) that ended before the time; returns how many. */
    int deleteFinishedBefore(Instant before) throws SQLException {
        return store.inTransaction(c -> {
            Sql sql = new Sql(c);
            sql.update("delete from job_schedule_claim where fire_time < ?", before);
            return sql.update("delete from job_run where status <> 'RUNNING' and finished < ?", before);
        });
    }

    private static JobRun read(ResultSet rs) throws SQLException {
        return new JobRun(rs.getLong("id"), rs.getString("job"), rs.getString("started_by"),
                Pairs.decode(rs.getString("parameters"), v -> v), Optional.ofNullable(Sql.instant(rs, "scheduled")),
                Sql.instant(rs, "started"), Optional.ofNullable(Sql.instant(rs, "finished")),
                JobRun.Status.valueOf(rs.getString("status")), rs.getLong("done_units"), rs.getLong("total_units"),
                Pairs.decode(rs.getString("counts"), Long::valueOf),
                rs.getString("error_text") == null ? "" : rs.getString("error_text"));
    }

    /** Carries the refusal out of the transaction's work (which may throw only SQLException). */
    static final class AlreadyRunning extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadyRunning(JobAlreadyRunningException cause) {
            super(cause);
        }

        JobAlreadyRunningException refusal() {
            return (JobAlreadyRunningException) getCause();
        }
    }
}
