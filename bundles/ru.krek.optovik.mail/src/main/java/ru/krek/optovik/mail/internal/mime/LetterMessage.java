package ru.krek.optovik.mail.internal.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import ru.krek.optovik.api.mail.MessageId;

/**
 * A message that keeps the letter's own Message-ID (MimeMessage would make a new one on every save)
 * and carries its envelope sender to SMTP.
 */
final class LetterMessage extends SMTPMessage {

    private final MessageId id;

    LetterMessage(Session session, MessageId id) {
        super(session);
        this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", id.value());
    }
}
