package ru.krek.optovik.mail.internal.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterRefusedException;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.dkim.DkimSigning;
import ru.krek.optovik.mail.internal.mime.MimeLetters;

/**
 * One SMTP session reused for letter after letter (a new connection per letter costs ~8× the
 * throughput); reopened when it has been idle long enough for a server to drop it, or after a
 * failure. Letters go one at a time.
 */
public final class SmtpConnection implements AutoCloseable {

    /** Servers drop idle clients after a minute or so; a session idle this long is closed, not reused. */
    static final Duration IDLE = Duration.ofSeconds(20);

    private final SmtpSettings settings;
    private final MimeLetters mime;
    private final Optional<DkimSigning> dkim;
    private final Clock clock;
    private SMTPTransport transport;
    private Instant lastUse = Instant.MIN;

    public SmtpConnection(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.mime = new MimeLetters(settings.properties());
        this.dkim = settings.dkim().map(DkimSigning::new);
        this.clock = clock;
    }

    public SmtpSettings settings() {
        return settings;
    }

    /** Sends on the open session, opening one when needed; a failure closes it so the next letter starts afresh. */
    public synchronized Handover send(Letter letter) throws MailTransportException {
        if (!settings.configured()) {
            throw new TransportUnavailableException("optovik.mail: smtp.host is not set", false, null);
        }
        MimeMessage message;
        try {
            message = mime.compose(letter, clock.instant());
            if (dkim.isPresent()) {
                MimeMessage unsigned = message; // signing copies the message: Activation work, as compose's
                message = mime.withMailHandlers(() -> dkim.get().sign(unsigned));
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new LetterRefusedException("letter " + letter.messageId() + " cannot be composed: " + e.getMessage(), false, e);
        }
        boolean reused = reusable();
        try {
            return sendOn(open(), letter, message);
        } catch (TransportUnavailableException e) {
            if (!reused || !e.temporary()) {
                throw e;
            }
            // The server dropped the reused session (restart, idle timeout): once more on a new one.
            return sendOn(open(), letter, message);
        }
    }

    private Handover sendOn(SMTPTransport open, Letter letter, MimeMessage message) throws MailTransportException {
        try {
            mime.withMailHandlers(() -> {
                open.sendMessage(message, message.getAllRecipients());
                return null;
            });
            lastUse = clock.instant();
            return new Handover("smtp", letter.messageId(), settings.server() + " " + SmtpFailures.oneLine(open.getLastServerResponse()));
        } catch (MessagingException e) {
            closeQuietly();
            throw SmtpFailures.atSend(settings.server(), letter.messageId().value(), e);
        } catch (java.io.IOException e) {
            closeQuietly();
            throw new TransportUnavailableException("SMTP server " + settings.server() + " connection failed: " + e, true, e);
        }
    }

    private SMTPTransport open() throws MailTransportException {
        if (reusable()) {
            return transport;
        }
        closeQuietly();
        Session session = mime.session();
        SMTPTransport fresh;
        try {
            fresh = (SMTPTransport) session.getTransport();
        } catch (MessagingException e) {
            throw new TransportUnavailableException("no SMTP provider in Angus Mail: " + e.getMessage(), false, e);
        }
        try {
            if (settings.user().isEmpty()) {
                fresh.connect();
            } else {
                fresh.connect(settings.user(), settings.password());
            }
        } catch (MessagingException e) {
            int code = fresh.getLastReturnCode();
            closeQuietly(fresh);
            throw SmtpFailures.atConnect(settings.server(), e, code);
        }
        transport = fresh;
        lastUse = clock.instant();
        return fresh;
    }

    private boolean reusable() {
        return transport != null && Duration.between(lastUse, clock.instant()).compareTo(IDLE) < 0;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        closeQuietly(transport);
        transport = null;
    }

    private static void closeQuietly(Transport t) {
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException ignored) {
                // the session is being dropped either way
            }
        }
    }
}
