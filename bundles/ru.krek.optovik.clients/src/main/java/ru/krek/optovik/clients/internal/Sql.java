package ru.krek.optovik.clients.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One parameterised statement on a connection: the few lines every query repeats. Times are UTC. */
final class Sql {

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** An insert … returning id. */
    long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        }
    }

    /** The first row, or null. */
    <T> T first(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> rows = list(sql, row, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    long count(String sql, Object... parameters) throws SQLException {
        Long n = first(sql, rs -> rs.getLong(1), parameters);
        return n == null ? 0 : n;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private PreparedStatement prepare(String sql, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            List<Object> values = Arrays.asList(parameters);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                statement.setObject(i + 1, v instanceof Instant t ? utc(t) : v);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
