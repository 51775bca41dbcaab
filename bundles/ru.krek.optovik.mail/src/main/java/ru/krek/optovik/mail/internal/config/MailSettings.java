package ru.krek.optovik.mail.internal.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.Set;
import ru.krek.optovik.api.mail.Mailbox;

/**
 * A checked optovik.mail configuration, as the post office uses it: an invalid edit is refused as a
 * whole and the last good settings kept. The SMTP keys are declared in {@link MailConfig} and read
 * by the SMTP transport.
 *
 * @param transport  the transport id letters go through
 * @param from       the From of every letter
 * @param returnPath the envelope sender; empty: From
 */
public record MailSettings(String transport, Mailbox from, Optional<Mailbox> returnPath) {

    public static final String DEFAULT_FROM = "optovik@localhost";
    static final Set<String> TRANSPORTS = Set.of("pickup", "smtp");

    public static MailSettings defaults() {
        return new MailSettings("pickup", Mailbox.of(DEFAULT_FROM), Optional.empty());
    }

    /**
     * @throws IllegalArgumentException naming the key and what is wrong with it
     */
    public static MailSettings of(MailConfig config) {
        String transport = config.transport() == null ? "" : config.transport().trim();
        if (transport.isEmpty()) { // pickup stays the default until an SMTP server is named
            transport = config.smtp_host() == null || config.smtp_host().isBlank() ? "pickup" : "smtp";
        }
        if (!TRANSPORTS.contains(transport)) {
            throw new IllegalArgumentException("optovik.mail: transport must be pickup or smtp, not '" + transport + "'");
        }
        Mailbox from = mailbox("from", config.from() == null || config.from().isBlank() ? DEFAULT_FROM : config.from());
        String returnPath = config.return_path() == null ? "" : config.return_path().trim();
        return new MailSettings(transport, from,
                returnPath.isEmpty() ? Optional.empty() : Optional.of(Mailbox.of(mailbox("return.path", returnPath).address())));
    }

    /** "Name <address>" or a bare address, strictly as RFC 5322 writes one. */
    static Mailbox mailbox(String key, String value) {
        try {
            InternetAddress parsed = new InternetAddress(value.trim(), true);
            return new Mailbox(parsed.getAddress(), parsed.getPersonal());
        } catch (AddressException | IllegalArgumentException e) {
            throw new IllegalArgumentException("optovik.mail: " + key + " is not an e-mail address (name <local@domain>): "
                    + value.replaceAll("\\p{Cntrl}", "?"));
        }
    }
}
