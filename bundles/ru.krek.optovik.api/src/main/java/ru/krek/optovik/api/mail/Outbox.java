package ru.krek.optovik.api.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Letters waiting to be sent, in the database: a letter is queued in the same transaction as the
 * decision to send it, so it is never lost and never queued twice; a sender drains the outbox at the
 * configured rate (optovik.mail) with retries, and several processes on one database share it
 * without sending a letter twice.
 */
@ProviderType
public interface Outbox {

    /**
     * The campaign (kind, key), made when it does not exist yet.
     *
     * @param transaction the caller's transaction (commits with the letters)
     * @throws IllegalArgumentException a blank kind or key
     */
    Campaign campaign(Connection transaction, String kind, String key) throws SQLException;

    /** The campaign (kind, key) if it exists. */
    Optional<Campaign> findCampaign(String kind, String key) throws SQLException;

    /**
     * Queues the letter to the client in the campaign, in the caller's transaction, with its
     * attachments read now (the outbox keeps the bytes).
     *
     * @return false when the client already has a letter in that campaign (nothing written)
     * @throws java.io.UncheckedIOException an attachment cannot be read
     */
    boolean enqueue(Connection transaction, Campaign campaign, long clientId, Letter letter) throws SQLException;

    /** Whether the client has a letter in the campaign (kind, key) already, so the caller need not build it. */
    boolean queued(String kind, String key, long clientId) throws SQLException;

    /** Letters, newest first; {@code status} null for every status. */
    List<OutboxLetter> letters(OutboxStatus status) throws SQLException;

    /**
     * Queues a failed (or a paused campaign's) letter again, at once, with its attempts reset.
     *
     * @return false when there is no such letter or it is queued, sending or sent already
     */
    boolean retry(long letterId) throws SQLException;

    /** Queues every failed letter again; the number queued. */
    int retryFailed() throws SQLException;

    /** Stops sending in every process on the database (letters stay queued), with the reason for mail:outbox. */
    void pause(String reason) throws SQLException;

    /** Sending goes on; paused campaigns resume with their failure count reset. */
    void resume() throws SQLException;

    /** Why sending is paused; empty while it goes on. */
    Optional<String> paused() throws SQLException;

    List<Campaign> campaigns() throws SQLException;

    List<Suppression> suppressed() throws SQLException;

    /** Lets letters go to the address again; false when it was not suppressed. */
    boolean clearSuppression(String address) throws SQLException;

    /**
     * Deletes the attachments of letters sent before the time: price lists are the outbox's bulk, and a
     * sent letter is never sent again. The letters stay, as the record of who was sent what and when.
     * Since 1.3.
     *
     * @return the attachments deleted
     */
    int forgetAttachments(Instant sentBefore) throws SQLException;
}
