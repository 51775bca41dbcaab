package ru.krek.optovik.api.mail;

/**
 * Letter level: this letter cannot go (too big, content refused, an attachment that cannot be
 * read), while the transport still works for others.
 */
public final class LetterRefusedException extends MailTransportException {

    private static final long serialVersionUID = 1L;

    public LetterRefusedException(String message, boolean temporary, Throwable cause) {
        super(message, temporary, cause);
    }
}
