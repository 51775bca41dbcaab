package ru.krek.optovik.mail.internal.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.mail.OutboxLetter;
import ru.krek.optovik.api.mail.OutboxStatus;
import ru.krek.optovik.api.mail.Suppression;
import ru.krek.optovik.api.store.Store;

/** The outbox in Firebird (db/004-mail-outbox.sql); {@link OutboxSender} drains it. */
@Component(service = Outbox.class)
public final class FirebirdOutbox implements Outbox {

    /** Firebird's "violation of PRIMARY or UNIQUE KEY constraint". */
    private static final int UNIQUE_VIOLATION = 335544665;
    private static final String CAMPAIGN = "select id, kind, campaign_key, created, paused, failures from mail_campaign ";

    private final Store store;
    private final Clock clock;

    @Activate
    public FirebirdOutbox(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    FirebirdOutbox(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Campaign campaign(Connection transaction, String kind, String key) throws SQLException {
        if (kind == null || kind.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("a campaign needs a kind and a key, not '" + kind + "', '" + key + "'");
        }
        List<Campaign> found = Rows.list(transaction, CAMPAIGN + "where kind = ? and campaign_key = ?", FirebirdOutbox::campaign, kind, key);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Rows.update(transaction, "insert into mail_campaign (kind, campaign_key, created) values (?, ?, ?)", kind, key, clock.instant());
        return Rows.list(transaction, CAMPAIGN + "where kind = ? and campaign_key = ?", FirebirdOutbox::campaign, kind, key).get(0);
    }

    @Override
    public Optional<Campaign> findCampaign(String kind, String key) throws SQLException {
        return store.inTransaction(sql -> Rows.list(sql, CAMPAIGN + "where kind = ? and campaign_key = ?", FirebirdOutbox::campaign,
                kind, key).stream().findFirst());
    }

    @Override
    public List<Campaign> campaigns() throws SQLException {
        return store.inTransaction(sql -> Rows.list(sql, CAMPAIGN + "order by id", FirebirdOutbox::campaign));
    }

    @Override
    public boolean enqueue(Connection transaction, Campaign campaign, long clientId, Letter letter) throws SQLException {
        if (!Rows.list(transaction, "select 1 from mail_letter where campaign_id = ? and client_id = ?", rs -> 1,
                campaign.id(), clientId).isEmpty()) {
            return false;
        }
        try {
            LetterRows.insert(transaction, campaign.id(), clientId, letter, clock.instant());
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == UNIQUE_VIOLATION) { // another process queued it in the meantime
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean queued(String kind, String key, long clientId) throws SQLException {
        return store.inTransaction(sql -> !Rows.list(sql, "select 1 from mail_letter l join mail_campaign c on c.id = l.campaign_id "
                + "where c.kind = ? and c.campaign_key = ? and l.client_id = ?", rs -> 1, kind, key, clientId).isEmpty());
    }

    @Override
    public List<OutboxLetter> letters(OutboxStatus status) throws SQLException {
        String select = "select id, campaign_id, client_id, message_id, recipient, subject, status, attempts, next_attempt, sent, "
                + "last_error from mail_letter ";
        Rows.Row<OutboxLetter> row = rs -> new OutboxLetter(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                LetterRows.mailbox(rs.getString(5)).address(), rs.getString(6), OutboxStatus.of(rs.getString(7)), rs.getInt(8),
                Utc.instant(rs.getTimestamp(9)), Utc.instant(rs.getTimestamp(10)), rs.getString(11));
        return store.inTransaction(sql -> status == null ? Rows.list(sql, select + "order by id desc", row)
                : Rows.list(sql, select + "where status = ? order by id desc", row, status.word()));
    }

    @Override
    public boolean retry(long letterId) throws SQLException {
        return store.inTransaction(sql -> Rows.update(sql, "update mail_letter set status = 'queued', attempts = 0, next_attempt = ?, "
                + "claim_owner = null, claim_until = null where id = ? and status = 'failed'", clock.instant(), letterId) == 1);
    }

    @Override
    public int retryFailed() throws SQLException {
        return store.inTransaction(sql -> Rows.update(sql, "update mail_letter set status = 'queued', attempts = 0, next_attempt = ?, "
                + "claim_owner = null, claim_until = null where status = 'failed'", clock.instant()));
    }

    @Override
    public int forgetAttachments(Instant sentBefore) throws SQLException {
        return store.inTransaction(sql -> Rows.update(sql, "delete from mail_attachment a where exists (select 1 from mail_letter l "
                + "where l.id = a.letter_id and l.status = 'sent' and l.sent < ?)", sentBefore));
    }

    @Override
    public void pause(String reason) throws SQLException {
        store.inTransaction(sql -> {
            SenderState.pause(sql, reason, clock.instant());
            return null;
        });
    }

    @Override
    public void resume() throws SQLException {
        store.inTransaction(sql -> {
            Rows.update(sql, "update mail_campaign set paused = false, failures = 0 where paused = true");
            return Rows.update(sql, "update mail_sender_state set paused = false, reason = null, changed = ? where id = 1", clock.instant());
        });
    }

    @Override
    public Optional<String> paused() throws SQLException {
        return store.inTransaction(SenderState::paused);
    }

    @Override
    public List<Suppression> suppressed() throws SQLException {
        return store.inTransaction(sql -> Rows.list(sql, "select address, reason, created from mail_suppression order by address_key",
                rs -> new Suppression(rs.getString(1), rs.getString(2), Utc.instant(rs.getTimestamp(3)))));
    }

    @Override
    public boolean clearSuppression(String address) throws SQLException {
        return store.inTransaction(sql -> Rows.update(sql, "delete from mail_suppression where address_key = ?", key(address)) == 1);
    }

    static String key(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    static String clip(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 2000 ? line.substring(0, 1997) + "..." : line;
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        return new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3), Utc.instant(rs.getTimestamp(4)), rs.getBoolean(5), rs.getInt(6));
    }
}
