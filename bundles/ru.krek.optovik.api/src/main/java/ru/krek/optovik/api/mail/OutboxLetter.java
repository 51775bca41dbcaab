package ru.krek.optovik.api.mail;

import java.time.Instant;

/**
 * A letter in the outbox as mail:outbox shows it.
 *
 * @param id          the outbox's number (mail:retry takes it)
 * @param campaign    its campaign's id
 * @param clientId    the client it goes to
 * @param messageId   its Message-ID, the same on every attempt
 * @param recipient   the client's main address
 * @param subject     one line
 * @param status      where it stands
 * @param attempts    tries so far
 * @param nextAttempt when it may go (again)
 * @param sent        when the transport took it; null until then
 * @param lastError   the last failure (the server's answer); null when none
 */
public record OutboxLetter(long id, long campaign, long clientId, String messageId, String recipient, String subject,
        OutboxStatus status, int attempts, Instant nextAttempt, Instant sent, String lastError) {
}
