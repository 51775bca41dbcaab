package ru.krek.optovik.mail.internal.smtp;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import ru.krek.optovik.api.mail.LetterRefusedException;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.mail.RecipientsRefusedException;
import ru.krek.optovik.api.mail.RecipientsRefusedException.Refusal;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.mime.UnreadableAttachmentException;

/**
 * Angus's failures sorted by who must act: the session (login refused, a 5xx to MAIL FROM or at
 * connect: nothing can go, an operator acts), some recipients (4xx later, 5xx never), the letter
 * (DATA refused, unreadable attachment). Connection errors are temporary session failures.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /** A failure while connecting or logging in; {@code code} is the server's last reply code, -1 when none. */
    static MailTransportException atConnect(String server, MessagingException e, int code) {
        if (e instanceof AuthenticationFailedException) {
            return new TransportUnavailableException("SMTP server " + server + " refused the login: " + reply(e), false, e);
        }
        if (code >= 500) {
            return new TransportUnavailableException("SMTP server " + server + " refused the session: " + reply(e), false, e);
        }
        // Both need the operator (the server's configuration or smtp.tls / smtp.trust.certificates), not a retry.
        if (String.valueOf(e.getMessage()).contains("STARTTLS is required")) {
            return new TransportUnavailableException("SMTP server " + server + " does not offer STARTTLS, and smtp.tls=starttls "
                    + "never sends in plain text", false, e);
        }
        SSLHandshakeException tls = cause(e, SSLHandshakeException.class);
        if (tls != null) {
            return new TransportUnavailableException("SMTP server " + server + " failed the TLS handshake: " + oneLine(tls.getMessage())
                    + " (a certificate Java does not trust? name it in smtp.trust.certificates)", false, e);
        }
        return new TransportUnavailableException("SMTP server " + server + " cannot be reached: " + reply(e), true, e);
    }

    /** A failure while sending one letter on an open session. */
    static MailTransportException atSend(String server, String messageId, MessagingException e) {
        UnreadableAttachmentException attachment = UnreadableAttachmentException.in(e);
        if (attachment != null) {
            return new LetterRefusedException("letter " + messageId + ": " + attachment.getMessage(), false, e);
        }
        SMTPSenderFailedException sender = senderFailure(e);
        if (sender != null) {
            return new TransportUnavailableException("SMTP server " + server + " refused the sender " + sender.getAddress()
                    + ": " + oneLine(sender.getMessage()), sender.getReturnCode() < 500, e);
        }
        List<Refusal> refusals = refusals(e);
        if (!refusals.isEmpty()) {
            List<String> accepted = new ArrayList<>();
            if (e instanceof SendFailedException failed && failed.getValidSentAddresses() != null) {
                for (Address a : failed.getValidSentAddresses()) {
                    accepted.add(((InternetAddress) a).getAddress());
                }
            }
            return new RecipientsRefusedException(refusals, accepted, e);
        }
        if (e instanceof SMTPSendFailedException mail && String.valueOf(mail.getCommand()).startsWith("MAIL FROM")) {
            // Refused before any recipient (530 STARTTLS or login first, 421 closing): the session's, not the letter's.
            return new TransportUnavailableException("SMTP server " + server + " refused MAIL FROM: " + reply(e), mail.getReturnCode() < 500, e);
        }
        if (e instanceof SMTPSendFailedException data) {
            return new LetterRefusedException("SMTP server " + server + " refused letter " + messageId + ": " + reply(e),
                    data.getReturnCode() < 500, e);
        }
        // No answer to blame: the connection broke or timed out mid-letter.
        return new TransportUnavailableException("SMTP server " + server + " connection failed: " + reply(e), true, e);
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof MessagingException m ? m.getNextException() : null) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Angus nests the MAIL FROM refusal inside the send failure. */
    private static SMTPSenderFailedException senderFailure(MessagingException e) {
        for (Exception next = e; next instanceof MessagingException m; next = m.getNextException()) {
            if (m instanceof SMTPSenderFailedException found) {
                return found;
            }
        }
        return null;
    }

    private static List<Refusal> refusals(MessagingException e) {
        List<Refusal> refusals = new ArrayList<>();
        for (Exception next = e; next instanceof MessagingException m; next = m.getNextException()) {
            if (m instanceof SMTPAddressFailedException address) {
                refusals.add(new Refusal(address.getAddress().getAddress(), oneLine(address.getMessage()),
                        address.getReturnCode() < 500));
            }
        }
        return refusals;
    }

    /** The server's answer, or the cause when there was none (a timeout, a refused connection). */
    private static String reply(MessagingException e) {
        String message = oneLine(e.getMessage());
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
        return cause == null || message.contains(String.valueOf(cause.getMessage())) ? message
                : message + " (" + oneLine(cause.toString()) + ")";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
