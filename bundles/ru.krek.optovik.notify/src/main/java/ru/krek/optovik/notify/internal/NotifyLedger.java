package ru.krek.optovik.notify.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** What each client has been told and which imports the chain has done (tables of db/006-notify.sql). */
final class NotifyLedger {

    /**
     * @param upToRun  the last import run the client has been told about
     * @param digestAt when its last digest went; null before the first
     */
    record Mark(long upToRun, Instant digestAt) {
    }

    Optional<Mark> mark(Connection c, long clientId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select up_to_run, digest_at from notify_client where client_id = ?")) {
            s.setLong(1, clientId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp digest = rs.getTimestamp(2);
                return Optional.of(new Mark(rs.getLong(1), digest == null ? null : digest.toInstant()));
            }
        }
    }

    /** The client has been told everything up to the run; a digest also notes when it went. */
    void advance(Connection c, long clientId, long upToRun, Instant now, boolean digest) throws SQLException {
        String sql = digest
                ? "update or insert into notify_client (client_id, up_to_run, updated, digest_at) values (?, ?, ?, ?) matching (client_id)"
                : "update or insert into notify_client (client_id, up_to_run, updated) values (?, ?, ?) matching (client_id)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, clientId);
            s.setLong(2, upToRun);
            s.setTimestamp(3, Timestamp.from(now));
            if (digest) {
                s.setTimestamp(4, Timestamp.from(now));
            }
            s.executeUpdate();
        }
    }

    /** The newest import run the chain has done; 0 before the first. */
    long lastChained(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce(max(run_id), 0) from notify_import");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Notes the chain as done for the run (again is harmless). */
    void chained(Connection c, long runId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update or insert into notify_import (run_id, done_at) values (?, ?) matching (run_id)")) {
            s.setLong(1, runId);
            s.setTimestamp(2, Timestamp.from(now));
            s.executeUpdate();
        }
    }
}
