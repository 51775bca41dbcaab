package ru.krek.optovik.jobs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** One statement with its parameters on a connection; instants are stored as UTC timestamps. */
final class Sql {

    /** Firebird's unique and primary key violations. */
    private static final int UNIQUE_KEY = 335544665;
    private static final int NO_DUP = 335544349;

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

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                statement.setObject(i + 1, p instanceof Instant instant ? utc(instant) : p);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static boolean uniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == UNIQUE_KEY || s.getErrorCode() == NO_DUP
                    || "23000".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
