package ru.krek.optovik.api.mail;

/**
 * Session level: the transport cannot send any letter now (server unreachable, login refused, a
 * 5xx at connect or MAIL FROM, the pickup folder not writable, no such transport installed). The
 * letter is not at fault and stays queued; a permanent one pauses sending until an operator acts.
 */
public final class TransportUnavailableException extends MailTransportException {

    private static final long serialVersionUID = 1L;

    public TransportUnavailableException(String message, boolean temporary, Throwable cause) {
        super(message, temporary, cause);
    }
}
