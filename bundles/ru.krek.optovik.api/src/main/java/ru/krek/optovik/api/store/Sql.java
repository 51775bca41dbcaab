package ru.krek.optovik.api.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameterised statements on one connection (the caller's, in its transaction): the few lines every query
 * repeats. An {@link Instant} parameter is stored as a UTC timestamp at millisecond precision, so an instant
 * reads back ({@link #instant}) equal to what was written. Holds nothing but the connection.
 */
public final class Sql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    public Sql(Connection connection) {
        this.connection = connection;
    }

    /** Rows changed. */
    public int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** An insert … returning id: the id. */
    public long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        }
    }

    /** The first row, or null. */
    public <T> T first(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A select count(*) …: the count (0 when there is no row). */
    public long count(String sql, Object... parameters) throws SQLException {
        Long n = first(sql, rs -> rs.getLong(1), parameters);
        return n == null ? 0 : n;
    }

    /** An instant as the timestamp stored for it (UTC, milliseconds), null for null. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    /** A UTC timestamp column as an instant, null for null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object v = parameters[i];
                statement.setObject(i + 1, v instanceof Instant t ? utc(t) : v);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
