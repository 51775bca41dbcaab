package ru.krek.optovik.mail.internal.mime;

import java.io.IOException;

/**
 * An attachment's content could not be opened: the letter's fault, not the transport's. A distinct
 * type so a transport can tell it from its own write failures wherever Jakarta Mail wraps it.
 */
public final class UnreadableAttachmentException extends IOException {

    private static final long serialVersionUID = 1L;

    UnreadableAttachmentException(String name, IOException cause) {
        super("attachment " + name + " cannot be read: " + cause.getMessage(), cause);
    }

    /** The unreadable attachment somewhere in a failure's causes, or null. */
    public static UnreadableAttachmentException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnreadableAttachmentException found) {
                return found;
            }
        }
        return null;
    }
}
