package ru.krek.optovik.mail.internal.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterRefusedException;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.RecipientsRefusedException;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.config.TestMailConfig;
import ru.krek.optovik.mail.internal.mime.MimeLetters;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/** The SMTP session against a real server on loopback that answers the codes each test asks for. */
class SmtpConnectionTest extends LoopbackSession {

    @Test
    void aLetterWithACyrillicAttachmentGoesToEveryRecipientFromTheReturnPath() throws Exception {
        start();
        Handover first = smtp.send(letter("one", "ivan@radio.example", "buh@radio.example"));
        smtp.send(letter("two", "ivan@radio.example"));

        assertTrue(first.where().startsWith("127.0.0.1:" + server.port + " 250 2.0.0 queued as"), first.where());
        List<Path> letters = server.letters();
        assertEquals(2, letters.size());
        String raw = Files.readString(letters.get(0), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("X-Envelope-From: bounces@krek.example\r\nX-Envelope-To: ivan@radio.example, buh@radio.example\r\n"), raw);
        MimeMessage read = read(letters.get(0));
        assertEquals("<one@krek.example>", read.getMessageID());
        assertEquals("Прайс-лист КРЭК", read.getSubject());
        Multipart mixed = MimeLetters.multipart(read);
        assertEquals("Прайс-лист КРЭК 27.11.xlsx", mixed.getBodyPart(1).getFileName());
        try (InputStream in = mixed.getBodyPart(1).getInputStream()) {
            assertEquals("таблица", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPermanentlyRefusedExtraRecipientIsReportedAndTheOthersStillGetTheLetter() throws Exception {
        start();
        server.rules("[{\"stage\": \"rcpt\", \"address\": \"old@radio.example\", \"reply\": \"550 5.1.1 no such user\"}]");
        RecipientsRefusedException e = assertThrows(RecipientsRefusedException.class,
                () -> smtp.send(letter("three", "ivan@radio.example", "old@radio.example")));
        assertFalse(e.temporary());
        assertEquals("old@radio.example", e.refusals().get(0).address());
        assertTrue(e.refusals().get(0).reply().contains("550 5.1.1 no such user"), e.refusals().toString());
        assertEquals(List.of("ivan@radio.example"), e.accepted());
        assertEquals(1, server.letters().size());
    }

    @Test
    void aTemporaryRefusalIsTemporaryAndTheNextAttemptGoes() throws Exception {
        start();
        server.rules("[{\"stage\": \"rcpt\", \"reply\": \"451 4.7.1 greylisted, try later\", \"times\": 1}]");
        RecipientsRefusedException e = assertThrows(RecipientsRefusedException.class, () -> smtp.send(letter("four", "ivan@radio.example")));
        assertTrue(e.temporary());
        assertTrue(e.accepted().isEmpty());
        smtp.send(letter("four", "ivan@radio.example"));
        assertEquals(1, server.letters().size());
    }

    @Test
    void aRefusedSenderIsASessionFailureAndARefusedLetterIsTheLettersOwn() throws Exception {
        start();
        server.rules("[{\"stage\": \"mail\", \"reply\": \"553 5.7.1 sender not allowed\", \"times\": 1},"
                + "{\"stage\": \"data\", \"reply\": \"554 5.6.0 content rejected\", \"times\": 1},"
                + "{\"stage\": \"data\", \"reply\": \"452 4.3.1 storage full\", \"times\": 1}]");
        TransportUnavailableException sender = assertThrows(TransportUnavailableException.class, () -> smtp.send(letter("five", "ivan@radio.example")));
        assertFalse(sender.temporary());
        assertTrue(sender.getMessage().contains("553 5.7.1 sender not allowed"), sender.getMessage());
        LetterRefusedException content = assertThrows(LetterRefusedException.class, () -> smtp.send(letter("five", "ivan@radio.example")));
        assertFalse(content.temporary());
        LetterRefusedException full = assertThrows(LetterRefusedException.class, () -> smtp.send(letter("five", "ivan@radio.example")));
        assertTrue(full.temporary());
        smtp.send(letter("five", "ivan@radio.example"));
        assertEquals(1, server.letters().size());
    }

    @Test
    void aRefusedLoginIsAPermanentSessionFailureAndTheRightOneSends() throws Exception {
        server = new FaultSmtpServer(FaultSmtpServer.SCRIPT, dir, "optovik", "секрет1");
        smtp = connection(Map.of("smtp.user", "optovik", "smtp.password", "wrong"));
        TransportUnavailableException e = assertThrows(TransportUnavailableException.class, () -> smtp.send(letter("six", "ivan@radio.example")));
        assertFalse(e.temporary());
        assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
        smtp.close();
        smtp = connection(Map.of("smtp.user", "optovik", "smtp.password", "секрет1"));
        smtp.send(letter("six", "ivan@radio.example"));
        assertEquals(1, server.letters().size());
    }

    @Test
    void aServerThatIsDownIsATemporarySessionFailureAndARestartedOneIsReconnected() throws Exception {
        start();
        smtp.send(letter("seven", "ivan@radio.example"));
        server.stop();
        TransportUnavailableException down = assertThrows(TransportUnavailableException.class, () -> smtp.send(letter("eight", "ivan@radio.example")));
        assertTrue(down.temporary(), down.getMessage());
        server.start();
        smtp.send(letter("eight", "ivan@radio.example"));
        assertEquals(2, server.letters().size());
    }

    private void start() throws Exception {
        server = new FaultSmtpServer(FaultSmtpServer.SCRIPT, dir);
        smtp = connection(Map.of());
    }

    private SmtpConnection connection(Map<String, String> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of("smtp.host", "127.0.0.1", "smtp.port", server.port,
                "smtp.tls", "none", "smtp.timeout.seconds", 5));
        config.putAll(extra);
        return new SmtpConnection(SmtpSettings.of(TestMailConfig.of(config), "krek.example", dir), Clock.systemUTC());
    }

    private static Letter letter(String id, String to, String... extra) {
        Letter.Builder b = Letter.builder().messageId(MessageId.of(id, "krek.example"))
                .from(new Mailbox("price@krek.example", "Прайс-листы КРЭК")).to(Mailbox.of(to))
                .returnPath(Mailbox.of("bounces@krek.example")).subject("Прайс-лист КРЭК").text("Здравствуйте!")
                .html("<p>Здравствуйте!</p>")
                .attach(Attachment.of("Прайс-лист КРЭК 27.11.xlsx", "application/octet-stream", "таблица".getBytes(StandardCharsets.UTF_8)));
        for (String e : extra) {
            b.extraRecipient(Mailbox.of(e));
        }
        return b.build();
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
