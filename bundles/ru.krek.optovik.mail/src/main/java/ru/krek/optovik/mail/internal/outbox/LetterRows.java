package ru.krek.optovik.mail.internal.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;

/**
 * A whole letter as outbox rows and back: mailboxes as "address&lt;TAB&gt;name" (a name holds no
 * control characters, so a tab cannot be part of it), lists one per line, attachments as blobs.
 */
final class LetterRows {

    private LetterRows() {
    }

    /** @return the new letter's id */
    static long insert(Connection sql, long campaignId, long clientId, Letter letter, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = sql.prepareStatement("insert into mail_letter (campaign_id, client_id, message_id, "
                + "sender, recipient, extra_recipients, reply_to, return_path, subject, body_text, body_html, headers, status, "
                + "next_attempt, created) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?) returning id")) {
            insert.setLong(1, campaignId);
            insert.setLong(2, clientId);
            insert.setString(3, letter.messageId().value());
            insert.setString(4, mailbox(letter.from()));
            insert.setString(5, mailbox(letter.to()));
            insert.setString(6, String.join("\n", letter.extraRecipients().stream().map(LetterRows::mailbox).toList()));
            insert.setString(7, letter.replyTo().map(LetterRows::mailbox).orElse(null));
            insert.setString(8, letter.returnPath().map(Mailbox::address).orElse(null));
            insert.setString(9, letter.subject());
            insert.setString(10, letter.text());
            insert.setString(11, letter.html().orElse(null));
            insert.setString(12, String.join("\n", letter.headers().entrySet().stream().map(h -> h.getKey() + "\t" + h.getValue()).toList()));
            insert.setObject(13, Utc.of(now));
            insert.setObject(14, Utc.of(now));
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                id = key.getLong(1);
            }
        }
        try (PreparedStatement file = sql.prepareStatement(
                "insert into mail_attachment (letter_id, ordinal, file_name, media_type, bytes) values (?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Attachment attachment : letter.attachments()) {
                file.setLong(1, id);
                file.setInt(2, ordinal++);
                file.setString(3, attachment.name());
                file.setString(4, attachment.mediaType());
                try (InputStream in = attachment.content().open()) {
                    file.setBytes(5, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("attachment " + attachment.name() + " cannot be read: " + e.getMessage(), e);
                }
                file.executeUpdate();
            }
        }
        return id;
    }

    /** The letter as it was queued, attachments in memory; empty when there is no such letter. */
    static Optional<Letter> read(Connection sql, long id) throws SQLException {
        Letter.Builder letter = Letter.builder();
        try (PreparedStatement select = sql.prepareStatement("select message_id, sender, recipient, extra_recipients, reply_to, "
                + "return_path, subject, body_text, body_html, headers from mail_letter where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                letter.messageId(new MessageId(row.getString(1))).from(mailbox(row.getString(2))).to(mailbox(row.getString(3)));
                lines(row.getString(4)).forEach(line -> letter.extraRecipient(mailbox(line)));
                if (row.getString(5) != null) {
                    letter.replyTo(mailbox(row.getString(5)));
                }
                if (row.getString(6) != null) {
                    letter.returnPath(Mailbox.of(row.getString(6)));
                }
                letter.subject(row.getString(7)).text(row.getString(8)).html(row.getString(9));
                lines(row.getString(10)).forEach(line -> {
                    String[] header = line.split("\t", 2);
                    letter.header(header[0], header[1]);
                });
            }
        }
        try (PreparedStatement files = sql.prepareStatement(
                "select file_name, media_type, bytes from mail_attachment where letter_id = ? order by ordinal")) {
            files.setLong(1, id);
            try (ResultSet row = files.executeQuery()) {
                while (row.next()) {
                    letter.attach(Attachment.of(row.getString(1), row.getString(2), row.getBytes(3)));
                }
            }
        }
        return Optional.of(letter.build());
    }

    static String mailbox(Mailbox mailbox) {
        return mailbox.address() + "\t" + mailbox.name();
    }

    static Mailbox mailbox(String stored) {
        String[] parts = stored.split("\t", 2);
        return new Mailbox(parts[0], parts.length > 1 ? parts[1] : "");
    }

    private static java.util.stream.Stream<String> lines(String stored) {
        return stored == null || stored.isEmpty() ? java.util.stream.Stream.empty() : stored.lines();
    }
}
