package ru.krek.optovik.api.mail;

import java.util.Locale;

/** Where a letter in the outbox stands. */
public enum OutboxStatus {
    /** waiting for its turn (or for a retry at its next attempt time) */
    QUEUED,
    /** claimed by a sender now; taken over by another one when the claim runs out (a crash) */
    SENDING,
    /** taken over by the transport */
    SENT,
    /** refused for good, or given up on after its attempts; mail:retry queues it again */
    FAILED;

    /** queued, sending, sent, failed (as mail:outbox prints it and the database holds it) */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the accepted words
     */
    public static OutboxStatus of(String word) {
        for (OutboxStatus s : values()) {
            if (s.word().equals(word == null ? "" : word.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a letter status: " + word + " (queued, sending, sent, failed)");
    }
}
