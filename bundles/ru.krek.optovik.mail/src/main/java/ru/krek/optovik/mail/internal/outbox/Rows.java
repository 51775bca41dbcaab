package ru.krek.optovik.mail.internal.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Parameterised statements on one connection; Instants are stored as UTC. */
final class Rows {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    static int update(Connection sql, String statement, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = prepare(sql, statement, parameters)) {
            return prepared.executeUpdate();
        }
    }

    static <T> List<T> list(Connection sql, String statement, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = prepare(sql, statement, parameters); ResultSet rs = prepared.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection sql, String statement, Object... parameters) throws SQLException {
        PreparedStatement prepared = sql.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant ? Utc.of(instant) : parameters[i];
            prepared.setObject(i + 1, value);
        }
        return prepared;
    }
}
