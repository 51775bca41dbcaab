package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;

/**
 * The import_run rows. Each write is its own short transaction on its own connection, so a run is
 * on record while its import's transaction is open, and stays on record when that transaction is
 * rolled back.
 */
final class RunLog {

    /** Warnings kept per run; the run counts them all. */
    static final int KEPT_WARNINGS = 100;
    private static final String COLUMNS = "id, origin, description, schema_version, status, started, finished, files, "
            + "group_count, product_count, offer_count, price_count, change_count, warning_count, error_text";

    private final DataSource dataSource;

    RunLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long start(ImportSource source, Instant started) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new Sql(c).first("insert into import_run (origin, description, status, started) values (?, ?, 'RUNNING', ?) "
                    + "returning id", rs -> rs.getLong(1), clip(source.origin(), 50), clip(source.description(), 2000), utc(started));
        }
    }

    /** Runs still marked running while this one holds the lock died with their process. */
    void abandonOthers(long runId, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            new Sql(c).update("update import_run set status = 'FAILED', finished = ?, error_text = ? "
                    + "where status = 'RUNNING' and id <> ?", utc(now),
                    "abandoned: the process ended before the import finished", runId);
        }
    }

    void finish(long runId, ImportRun.Status status, String schemaVersion, ImportCounts counts, List<String> warnings,
            String error, Instant finished) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Sql sql = new Sql(c);
                sql.update("update import_run set status = ?, schema_version = ?, finished = ?, files = ?, group_count = ?, "
                        + "product_count = ?, offer_count = ?, price_count = ?, change_count = ?, warning_count = ?, "
                        + "error_text = ? where id = ?", status.name(), clip(schemaVersion, 200), utc(finished), counts.files(),
                        counts.groups(), counts.products(), counts.offers(), counts.prices(), counts.changes(),
                        counts.warnings(), clip(error, 4000), runId);
                for (int i = 0; i < warnings.size() && i < KEPT_WARNINGS; i++) {
                    sql.update("insert into import_warning (run_id, seq, message) values (?, ?, ?)", runId, i + 1,
                            clip(warnings.get(i), 2000));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The running run, if any: who holds the lock (it records itself right after taking it). */
    Optional<ImportRun> running() throws SQLException {
        return one("select first 1 " + COLUMNS + " from import_run where status = 'RUNNING' order by id desc");
    }

    Optional<ImportRun> run(Long id) throws SQLException {
        return id == null ? one("select first 1 " + COLUMNS + " from import_run order by id desc")
                : one("select " + COLUMNS + " from import_run where id = ?", id);
    }

    List<ImportRun> runs(int limit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql(c);
            List<ImportRun> runs = sql.list("select first (?) " + COLUMNS + " from import_run order by id desc",
                    rs -> read(rs, List.of()), Math.max(0, limit));
            List<ImportRun> withWarnings = new java.util.ArrayList<>(runs.size());
            for (ImportRun run : runs) {
                withWarnings.add(withWarnings(sql, run));
            }
            return withWarnings;
        }
    }

    private Optional<ImportRun> one(String query, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql(c);
            ImportRun run = sql.first(query, rs -> read(rs, List.of()), parameters);
            return run == null ? Optional.empty() : Optional.of(withWarnings(sql, run));
        }
    }

    private static ImportRun withWarnings(Sql sql, ImportRun run) throws SQLException {
        if (run.counts().warnings() == 0) {
            return run;
        }
        List<String> warnings = sql.list("select message from import_warning where run_id = ? order by seq",
                rs -> rs.getString(1), run.id());
        return new ImportRun(run.id(), run.source(), run.schemaVersion(), run.status(), run.started(), run.finished(),
                run.counts(), warnings, run.error());
    }

    private static ImportRun read(ResultSet rs, List<String> warnings) throws SQLException {
        ImportCounts counts = new ImportCounts(rs.getLong("files"), rs.getLong("group_count"), rs.getLong("product_count"),
                rs.getLong("offer_count"), rs.getLong("price_count"), rs.getLong("change_count"), rs.getLong("warning_count"));
        return new ImportRun(rs.getLong("id"), new ImportSource(rs.getString("origin"), rs.getString("description")),
                rs.getString("schema_version"), ImportRun.Status.valueOf(rs.getString("status").trim()),
                instant(rs.getObject("started", LocalDateTime.class)), instant(rs.getObject("finished", LocalDateTime.class)),
                counts, warnings, rs.getString("error_text"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** Descriptions and reasons are for people: a very long one is cut, with a mark saying so. */
    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
