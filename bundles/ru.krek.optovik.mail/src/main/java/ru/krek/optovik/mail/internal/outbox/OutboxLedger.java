package ru.krek.optovik.mail.internal.outbox;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.store.Store;

/**
 * The sender's side of the outbox. A letter is claimed by a conditional UPDATE (Firebird 3 has no
 * SKIP LOCKED): only one process's update finds it still queued; the claim carries the owner and
 * a lease, so a letter whose sender died is taken over once the lease runs out, and this
 * installation takes back its own at start. Either way it is sent at most once more.
 */
final class OutboxLedger {

    /** A claimed letter: its id, campaign and the attempt this is. */
    record Claim(long id, long campaign, int attempt) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(OutboxLedger.class);
    private static final String CLAIMABLE = "((status = 'queued' and next_attempt <= ?) or (status = 'sending' and claim_until < ?))";

    private final Store store;
    private final String owner;
    private final Duration lease;
    private final Clock clock;

    OutboxLedger(Store store, String owner, Duration lease, Clock clock) {
        this.store = store;
        this.owner = owner;
        this.lease = lease;
        this.clock = clock;
    }

    /** Letters this installation was sending when it stopped (kill -9, power cut): queued again now. */
    int releaseOwn() throws SQLException {
        return store.inTransaction(sql -> Rows.update(sql, "update mail_letter set status = 'queued', claim_owner = null, "
                + "claim_until = null where status = 'sending' and claim_owner = ?", owner));
    }

    Optional<Claim> claimNext() throws SQLException {
        Instant now = clock.instant();
        List<Long> candidates = store.inTransaction(sql -> Rows.list(sql, "select first 10 l.id from mail_letter l "
                + "join mail_campaign c on c.id = l.campaign_id where c.paused = false and "
                + CLAIMABLE.replace("status", "l.status").replace("next_attempt", "l.next_attempt").replace("claim_until", "l.claim_until")
                + " order by l.next_attempt, l.id", rs -> rs.getLong(1), now, now));
        for (long id : candidates) {
            Optional<Claim> claim = claim(id, now);
            if (claim.isPresent()) {
                return claim;
            }
        }
        return Optional.empty();
    }

    private Optional<Claim> claim(long id, Instant now) {
        try {
            return store.inTransaction(sql -> {
                int taken = Rows.update(sql, "update mail_letter set status = 'sending', claim_owner = ?, claim_until = ?, "
                        + "attempts = attempts + 1 where id = ? and " + CLAIMABLE, owner, now.plus(lease), id, now, now);
                return taken == 0 ? Optional.<Claim>empty() : Rows.list(sql, "select id, campaign_id, attempts from mail_letter where id = ?",
                        rs -> new Claim(rs.getLong(1), rs.getLong(2), rs.getInt(3)), id).stream().findFirst();
            });
        } catch (SQLException e) { // an update conflict: another process claimed it at the same moment
            LOG.debug("letter {} claimed elsewhere: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    Optional<Letter> letter(long id) throws SQLException {
        return store.inTransaction(sql -> LetterRows.read(sql, id));
    }

    void sent(Claim claim, String note) throws SQLException {
        store.inTransaction(sql -> Rows.update(sql, "update mail_letter set status = 'sent', sent = ?, claim_owner = null, "
                + "claim_until = null, last_error = ? where id = ?", clock.instant(), note == null ? null : FirebirdOutbox.clip(note), claim.id()));
    }

    /** Tried again at {@code at}; {@code counted} false gives the attempt back (the transport, not the letter, failed). */
    void retryAt(Claim claim, String error, Instant at, boolean counted) throws SQLException {
        store.inTransaction(sql -> Rows.update(sql, "update mail_letter set status = 'queued', next_attempt = ?, claim_owner = null, "
                + "claim_until = null, last_error = ?, attempts = attempts - ? where id = ?", at, FirebirdOutbox.clip(error),
                counted ? 0 : 1, claim.id()));
    }

    /** @return true when this failure paused the campaign */
    boolean failed(Claim claim, String error, int campaignLimit) throws SQLException {
        return store.inTransaction(sql -> {
            Rows.update(sql, "update mail_letter set status = 'failed', claim_owner = null, claim_until = null, last_error = ? "
                    + "where id = ?", FirebirdOutbox.clip(error), claim.id());
            Rows.update(sql, "update mail_campaign set failures = failures + 1 where id = ?", claim.campaign());
            return Rows.update(sql, "update mail_campaign set paused = true where id = ? and paused = false and failures >= ?",
                    claim.campaign(), campaignLimit) == 1;
        });
    }

    void suppress(String address, String reason, long letterId) throws SQLException {
        store.inTransaction(sql -> Rows.update(sql, "update or insert into mail_suppression (address_key, address, reason, letter_id, "
                + "created) values (?, ?, ?, ?, ?) matching (address_key)", FirebirdOutbox.key(address), address,
                FirebirdOutbox.clip(reason), letterId, clock.instant()));
    }

    /** The suppression reason of the address, if it is suppressed. */
    Optional<String> suppression(String address) throws SQLException {
        return store.inTransaction(sql -> Rows.list(sql, "select reason from mail_suppression where address_key = ?",
                rs -> rs.getString(1), FirebirdOutbox.key(address)).stream().findFirst());
    }

    int sentSince(Instant since) throws SQLException {
        return store.inTransaction(sql -> Rows.list(sql, "select count(*) from mail_letter where sent >= ?", rs -> rs.getInt(1), since).get(0));
    }

    Optional<String> paused() throws SQLException {
        return store.inTransaction(SenderState::paused);
    }

    void pause(String reason) throws SQLException {
        store.inTransaction(sql -> {
            SenderState.pause(sql, reason, clock.instant());
            return null;
        });
    }
}
