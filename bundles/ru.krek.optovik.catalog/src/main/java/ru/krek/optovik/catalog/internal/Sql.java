package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs one statement with its parameters on a connection: the few lines every query repeats. */
final class Sql {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Sql.class);

    private final Connection connection;
    private final Timing timing;

    Sql(Connection connection) {
        this(connection, null);
    }

    /** Adds each update's time to {@code timing}, as a step named by the statement's start. */
    Sql(Connection connection, Timing timing) {
        this.connection = connection;
        this.timing = timing;
    }

    Connection connection() {
        return connection;
    }

    int update(String sql, Object... parameters) throws SQLException {
        return update(sql, java.util.Arrays.asList(parameters));
    }

    int update(String sql, List<?> parameters) throws SQLException {
        long start = System.nanoTime();
        Timing.Mark mark = Timing.start();
        try (PreparedStatement statement = prepare(sql, parameters)) {
            int rows = statement.executeUpdate();
            if (timing != null) {
                String words = sql.replaceAll("\\s+", " ").replaceAll("[^a-z_ ]", "").strip();
                timing.stop("apply " + words.substring(0, Math.min(words.length(), 44)), mark, rows);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} rows in {} ms: {}", rows, (System.nanoTime() - start) / 1_000_000, sql.replaceAll("\\s+", " "));
            }
            return rows;
        }
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row read, or null when there is none. */
    <T> T first(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, java.util.Arrays.asList(parameters)); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        Long n = first(sql, rs -> rs.getLong(1), parameters);
        return n == null ? 0 : n;
    }

    private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
