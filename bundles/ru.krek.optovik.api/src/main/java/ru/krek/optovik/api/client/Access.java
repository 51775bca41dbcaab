package ru.krek.optovik.api.client;

import java.util.Optional;

/**
 * The answer to a signed link (preferences, unsubscribe).
 *
 * @param outcome whether the link may be served
 * @param client  the client, when the signature is good and the client not erased
 */
public record Access(Outcome outcome, Optional<Client> client) {

    public enum Outcome {
        /** a good signature of a client who may change their settings */
        GRANTED,
        /** a bad or foreign signature, a changed e-mail, or an erased client */
        INVALID,
        /** the client is blocked: preferences are refused */
        BLOCKED
    }
}
