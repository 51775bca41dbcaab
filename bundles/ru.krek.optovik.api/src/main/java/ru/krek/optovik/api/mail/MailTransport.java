package ru.krek.optovik.api.mail;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way letters leave Optovik: the pickup folder, SMTP, or any later one, each a service with its
 * {@link #id()}. The {@link PostOffice} sends through the one `optovik.mail` names.
 *
 * <p>A transport tells failures apart by who must act, so the outbox can retry, suppress or pause:
 * {@link TransportUnavailableException} (the session: nothing can be sent now),
 * {@link RecipientsRefusedException} (some addresses refused), {@link LetterRefusedException}
 * (this letter cannot go; others can). Each says whether trying again later may help.
 */
@ConsumerType
public interface MailTransport {

    /** Service property carrying {@link #id()}, so a transport can be picked by filter. */
    String ID_PROPERTY = "optovik.mail.transport";

    /** The name `optovik.mail`'s {@code transport} key uses, e.g. "pickup" or "smtp". */
    String id();

    /**
     * Hands the letter over; when this returns it is the transport's (written to the folder, or
     * accepted by the server). May be called again with the same letter after a failure or a crash.
     */
    Handover send(Letter letter) throws MailTransportException;
}
