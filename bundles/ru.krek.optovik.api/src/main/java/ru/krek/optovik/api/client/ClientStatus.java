package ru.krek.optovik.api.client;

/** Where a client stands; only an ACTIVE client receives price lists and notifications. */
public enum ClientStatus {
    /** registered, the e-mail not yet confirmed (or confirmed and awaiting a manager's approval) */
    PENDING,
    ACTIVE,
    /** the client stopped deliveries for a while and keeps the settings */
    PAUSED,
    UNSUBSCRIBED,
    /** a manager stopped everything; the client's links are refused */
    BLOCKED;

    /** The word scripts read (DESIGN.md): pending, active, paused, unsubscribed, blocked. */
    public String word() {
        return Words.word(this);
    }

    /** @throws IllegalArgumentException naming the words allowed */
    public static ClientStatus of(String word) {
        return Words.parse(ClientStatus.class, word, "status");
    }
}
