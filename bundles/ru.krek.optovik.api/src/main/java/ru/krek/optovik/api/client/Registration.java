package ru.krek.optovik.api.client;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@link ClientDirectory#register} did. The page shown afterwards must be the same whatever the
 * outcome, so no answer reveals whether an e-mail is known; the letter sent differs.
 *
 * @param clientId the client, new or already known by the e-mail
 * @param outcome  what happened
 * @param token    the confirmation token for the letter's link; present for NEW and PENDING_AGAIN
 * @param expires  when the token stops working; null without a token
 * @param manager  the client's manager (for the Reply-To, and the letter to them when approval is required)
 * @param approvalRequired a manager must approve the client after confirmation
 */
public record Registration(long clientId, Outcome outcome, Optional<String> token, Instant expires, Manager manager,
        boolean approvalRequired) {

    public enum Outcome {
        /** a new pending client: send the confirmation letter */
        NEW,
        /** the e-mail is known and not yet active (pending, or unsubscribed and coming back): a fresh token, send it again */
        PENDING_AGAIN,
        /** the e-mail belongs to an active or paused client: nothing changed; tell them they are registered */
        ALREADY_ACTIVE,
        /** the e-mail belongs to a blocked client: nothing changed, no letter */
        REFUSED
    }
}
