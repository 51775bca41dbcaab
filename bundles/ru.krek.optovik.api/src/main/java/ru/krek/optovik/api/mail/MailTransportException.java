package ru.krek.optovik.api.mail;

/**
 * A letter was not handed over. The subclass says what failed: the session, some recipients, or
 * the letter; {@link #temporary()} says whether the same attempt may succeed later (an SMTP 4xx,
 * a connection that dropped) or someone must act first (a 5xx, a refused login, a folder that
 * cannot be written).
 */
public abstract sealed class MailTransportException extends Exception
        permits TransportUnavailableException, RecipientsRefusedException, LetterRefusedException {

    private static final long serialVersionUID = 1L;
    private final boolean temporary;

    protected MailTransportException(String message, boolean temporary, Throwable cause) {
        super(message, cause);
        this.temporary = temporary;
    }

    /** True: retry later with backoff. False: retrying the same thing fails the same way. */
    public boolean temporary() {
        return temporary;
    }
}
