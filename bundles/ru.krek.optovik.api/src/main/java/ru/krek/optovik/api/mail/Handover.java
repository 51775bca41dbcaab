package ru.krek.optovik.api.mail;

import java.util.Objects;

/**
 * A letter taken over by a transport: written to the pickup folder, or accepted by an SMTP server.
 * Not a delivery to the client's mailbox.
 *
 * @param transport the transport's id
 * @param messageId the letter's id
 * @param where     where it went, for people: the .eml file, or the server and its answer
 */
public record Handover(String transport, MessageId messageId, String where) {

    public Handover {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(where, "where");
    }
}
