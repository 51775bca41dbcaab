package ru.krek.optovik.mail.internal.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Whether sending is paused, in the database, so every process on it stops and goes on together. */
final class SenderState {

    private SenderState() {
    }

    static void pause(Connection sql, String reason, Instant now) throws SQLException {
        Rows.update(sql, "update mail_sender_state set paused = true, reason = ?, changed = ? where id = 1",
                FirebirdOutbox.clip(reason), now);
    }

    static Optional<String> paused(Connection sql) throws SQLException {
        return Rows.list(sql, "select reason from mail_sender_state where id = 1 and paused = true",
                rs -> rs.getString(1) == null ? "paused" : rs.getString(1)).stream().findFirst();
    }
}
