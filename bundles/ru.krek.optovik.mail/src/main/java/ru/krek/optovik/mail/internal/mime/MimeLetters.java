package ru.krek.optovik.mail.internal.mime;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.handlers.multipart_mixed;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;

/**
 * Letters as RFC 5322 messages: text/plain, multipart/alternative when there is HTML, inside
 * multipart/mixed when there are attachments (Cyrillic file names per RFC 2231, Angus's default).
 * One instance serves every transport, so pickup files and SMTP letters are the same bytes.
 */
public final class MimeLetters {

    private static final String UTF8 = "UTF-8";
    private final Session session;
    private final ClassLoader providers = new ProviderLookups(multipart_mixed.class.getClassLoader());

    public MimeLetters(Properties mailProperties) {
        this.session = Session.getInstance(mailProperties);
    }

    public Session session() {
        return session;
    }

    /** The letter as a message dated {@code date}, headers final (saved). */
    public MimeMessage compose(Letter letter, Instant date) throws MessagingException {
        try {
            return withMailHandlers(() -> build(letter, date));
        } catch (IOException e) { // building reads nothing; kept for the signature's sake
            throw new MessagingException(e.getMessage(), e);
        }
    }

    private MimeMessage build(Letter letter, Instant date) throws MessagingException {
        LetterMessage message = new LetterMessage(session, letter.messageId());
        message.setEnvelopeFrom(letter.returnPath().orElse(letter.from()).address());
        message.setFrom(address(letter.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, address(letter.to()));
        for (Mailbox extra : letter.extraRecipients()) {
            message.addRecipient(MimeMessage.RecipientType.CC, address(extra));
        }
        if (letter.replyTo().isPresent()) {
            message.setReplyTo(new InternetAddress[] { address(letter.replyTo().get()) });
        }
        message.setSubject(letter.subject(), UTF8);
        message.setSentDate(Date.from(date));
        for (Map.Entry<String, String> header : letter.headers().entrySet()) {
            message.setHeader(header.getKey(), headerValue(header.getKey(), header.getValue()));
        }
        if (letter.attachments().isEmpty()) {
            fill(message, letter);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart words = new MimeBodyPart();
            fill(words, letter);
            mixed.addBodyPart(words);
            for (Attachment attachment : letter.attachments()) {
                mixed.addBodyPart(part(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** Writes a composed message; the attachments are read now. */
    public void writeTo(MimeMessage message, OutputStream out) throws IOException, MessagingException {
        withMailHandlers(() -> {
            message.writeTo(out);
            return null;
        });
    }

    /**
     * Runs Jakarta Mail work with Angus's class loader as the context loader: Activation finds the
     * multipart handlers through it, and DS threads carry the application loader, which cannot see
     * them inside OSGi ("no object DCH for MIME type multipart/mixed"). Its service files are looked
     * up once ({@link ProviderLookups}).
     */
    public <T> T withMailHandlers(MailWork<T> work) throws IOException, MessagingException {
        return withContextLoader(providers, work);
    }

    /** The same for work with no MimeLetters at hand (reading letters back): Angus's loader, uncached. */
    public static <T> T withAngus(MailWork<T> work) throws IOException, MessagingException {
        return withContextLoader(multipart_mixed.class.getClassLoader(), work);
    }

    private static <T> T withContextLoader(ClassLoader loader, MailWork<T> work) throws IOException, MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Work that may fail as Jakarta Mail does. */
    @FunctionalInterface
    public interface MailWork<T> {
        T run() throws IOException, MessagingException;
    }

    private static void fill(Part part, Letter letter) throws MessagingException {
        if (letter.html().isEmpty()) {
            part.setContent(letter.text(), "text/plain; charset=" + UTF8);
            return;
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(letter.text(), UTF8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html().get(), UTF8, "html");
        alternative.addBodyPart(plain); // readers show the last part they understand: HTML
        alternative.addBodyPart(html);
        part.setContent(alternative);
    }

    private static MimeBodyPart part(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new AttachmentSource(attachment)));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.name());
        // Said up front, so Angus does not read the whole file once more to choose an encoding.
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    static InternetAddress address(Mailbox mailbox) throws MessagingException {
        try {
            return new InternetAddress(mailbox.address(), mailbox.name().isEmpty() ? null : mailbox.name(), UTF8);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }

    private static String headerValue(String name, String value) throws MessagingException {
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, UTF8, null));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }

    /** The parts of a multipart, read back (tests and tools). */
    public static Multipart multipart(Part part) throws IOException, MessagingException {
        return withAngus(() -> (Multipart) part.getContent());
    }
}
