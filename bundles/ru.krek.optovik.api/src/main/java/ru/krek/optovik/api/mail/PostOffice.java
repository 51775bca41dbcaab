package ru.krek.optovik.api.mail;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends letters now, through the transport `optovik.mail` configures (pickup when no SMTP server
 * is set up). The outbox (queueing, throttling, retries) builds on it; a caller that needs a
 * letter to survive a crash queues it in the outbox rather than calling this directly.
 */
@ProviderType
public interface PostOffice {

    /** The configured From of Optovik's letters (`optovik.mail` key {@code from}). */
    Mailbox sender();

    /** The id of the transport letters go through now. */
    String transport();

    /**
     * Hands the letter to the configured transport; a letter without a return path gets the
     * configured one (`return.path`).
     *
     * @throws TransportUnavailableException also when the configured transport is not installed
     */
    Handover send(Letter letter) throws MailTransportException;
}
