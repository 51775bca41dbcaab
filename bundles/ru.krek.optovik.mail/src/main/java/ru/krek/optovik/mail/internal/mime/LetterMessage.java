package ru.krek.optovik.mail.internal.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import ru.krek.optovik.api.mail.MessageId;

/** A MimeMessage that keeps the letter's own Message-ID: MimeMessage would make a new one on every save. */
final class LetterMessage extends MimeMessage {

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
