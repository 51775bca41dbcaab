package ru.krek.optovik.api.client;

import java.util.Optional;

/**
 * The answer to a confirmation link.
 *
 * @param outcome what happened; each gets its own page
 * @param client  the client the token named; empty for an unknown token
 */
public record Confirmation(Outcome outcome, Optional<Client> client) {

    public enum Outcome {
        /** the e-mail is confirmed and the client active */
        CONFIRMED,
        /** the e-mail is confirmed; a manager must approve the client before price lists go */
        AWAITING_APPROVAL,
        /** this token was used already (a second click) */
        ALREADY_USED,
        /** the token is older than its lifetime; register again for a new one */
        EXPIRED,
        /** no such token */
        UNKNOWN,
        /** the client unsubscribed after the token was sent; nothing changed */
        UNSUBSCRIBED,
        /** the client is blocked or erased; nothing changed */
        REFUSED
    }
}
