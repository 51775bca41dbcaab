package ru.krek.optovik.itest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A campaign written straight into the outbox of a runtime under test, as Outbox.enqueue writes one:
 * letters 1..n to clients 1..n, Message-ID {@code <kind.i@krek.example>}, all due now, in one transaction.
 */
final class OutboxCampaign {

    private OutboxCampaign() {
    }

    static void queue(Connection sql, String kind, int letters) throws SQLException {
        sql.setAutoCommit(false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement campaign = sql.prepareStatement("insert into mail_campaign (kind, campaign_key, created) values (?, 'it', ?)")) {
            campaign.setString(1, kind);
            campaign.setObject(2, now);
            campaign.executeUpdate();
        }
        try (PreparedStatement letter = sql.prepareStatement("insert into mail_letter (campaign_id, client_id, message_id, sender, recipient, "
                + "subject, body_text, status, next_attempt, created) select id, ?, ?, ?, ?, ?, ?, 'queued', ?, ? from mail_campaign where kind = ?")) {
            for (int i = 1; i <= letters; i++) {
                letter.setLong(1, i);
                letter.setString(2, messageId(kind, i));
                letter.setString(3, "price@krek.example\tПрайс-листы КРЭК");
                letter.setString(4, "client" + i + "@radio.example\tКлиент " + i);
                letter.setString(5, "Прайс-лист ООО «КРЭК»");
                letter.setString(6, "Здравствуйте! Письмо " + i + ".");
                letter.setObject(7, now);
                letter.setObject(8, now);
                letter.setString(9, kind);
                letter.addBatch();
            }
            letter.executeBatch();
        }
        sql.commit();
        sql.setAutoCommit(true);
    }

    static String messageId(String kind, int letter) {
        return "<" + kind + "." + letter + "@krek.example>";
    }

    /** Letters of every campaign not sent yet. */
    static long unsent(Connection sql) throws SQLException {
        return ServerDatabase.count(sql, "select count(*) from mail_letter where status <> 'sent'");
    }
}
