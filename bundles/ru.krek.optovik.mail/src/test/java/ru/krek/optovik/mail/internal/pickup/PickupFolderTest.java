package ru.krek.optovik.mail.internal.pickup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterRefusedException;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.mime.MimeLetters;

/** Letters written to the pickup folder are whole RFC 5322 messages that read back exactly. */
class PickupFolderTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path home;
    final MimeLetters mime = new MimeLetters(new Properties());
    final Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07.089Z"), ZoneOffset.UTC);

    static Letter.Builder letter() {
        return Letter.builder().messageId(MessageId.of("pricelist.42.client.17", "krek.example"))
                .from(new Mailbox("price@krek.example", "Прайс-листы КРЭК"))
                .to(new Mailbox("anna@radio.example", "Анна Петрова"))
                .extraRecipient(Mailbox.of("buh@radio.example"))
                .replyTo(new Mailbox("smirnov@krek.example", "Игорь Смирнов"))
                .subject("Прайс-лист КРЭК на 4 марта")
                .text("Здравствуйте! Прайс-лист во вложении.")
                .html("<p>Здравствуйте! <b>Прайс-лист</b> во вложении.</p>")
                .header("List-Unsubscribe", "<https://opt.krek.example/unsubscribe?t=x>, <mailto:unsub@krek.example>")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    @Test
    void aLetterWithHtmlAndACyrillicAttachmentReadsBackExactly() throws Exception {
        byte[] sheet = "бинарные данные прайс-листа".getBytes(StandardCharsets.UTF_8);
        Letter letter = letter().attach(Attachment.of("Прайс-лист КРЭК 2025-03-04.xlsx", XLSX, sheet)).build();
        Path eml = new PickupFolder(home.resolve("mail/pickup"), mime, clock).write(letter);

        assertEquals(home.resolve("mail/pickup"), eml.getParent());
        assertEquals("20250304T050607089Z-pricelist.42.client.17@krek.example.eml", eml.getFileName().toString());
        try (Stream<Path> files = Files.list(eml.getParent())) {
            assertEquals(List.of(eml), files.toList(), "no temporary file is left");
        }
        String raw = Files.readString(eml, StandardCharsets.US_ASCII);
        assertTrue(raw.contains("filename*=UTF-8''"), "RFC 2231 file name: " + raw);
        assertTrue(raw.contains("Message-ID: <pricelist.42.client.17@krek.example>"), raw);
        assertTrue(raw.contains("Return-Path: <price@krek.example>"), raw);

        MimeMessage read = read(eml);
        assertEquals("Прайс-лист КРЭК на 4 марта", read.getSubject());
        assertEquals("<pricelist.42.client.17@krek.example>", read.getMessageID());
        assertEquals("Прайс-листы КРЭК", ((InternetAddress) read.getFrom()[0]).getPersonal());
        assertEquals("anna@radio.example", ((InternetAddress) read.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
        assertEquals("buh@radio.example", ((InternetAddress) read.getRecipients(MimeMessage.RecipientType.CC)[0]).getAddress());
        assertEquals("smirnov@krek.example", ((InternetAddress) read.getReplyTo()[0]).getAddress());
        assertEquals("List-Unsubscribe=One-Click", read.getHeader("List-Unsubscribe-Post", null));
        assertTrue(read.getHeader("List-Unsubscribe", null).contains("mailto:unsub@krek.example"));

        Multipart mixed = MimeLetters.multipart(read);
        assertTrue(read.isMimeType("multipart/mixed"), read.getContentType());
        assertEquals(2, mixed.getCount());
        BodyPart words = mixed.getBodyPart(0);
        assertTrue(words.isMimeType("multipart/alternative"), words.getContentType());
        Multipart alternative = MimeLetters.multipart(words);
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Здравствуйте! Прайс-лист во вложении.", alternative.getBodyPart(0).getContent());
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        BodyPart file = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("Прайс-лист КРЭК 2025-03-04.xlsx", file.getFileName());
        assertTrue(file.isMimeType(XLSX), file.getContentType());
        try (InputStream in = file.getInputStream()) {
            assertEquals(new String(sheet, StandardCharsets.UTF_8), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPlainLetterIsOneTextPart() throws Exception {
        Letter letter = letter().html(null).returnPath(Mailbox.of("bounces@krek.example")).build();
        MimeMessage read = read(new PickupFolder(home, mime, clock).write(letter));
        assertTrue(read.isMimeType("text/plain"), read.getContentType());
        assertEquals("Здравствуйте! Прайс-лист во вложении.", read.getContent());
        assertEquals("<bounces@krek.example>", read.getHeader("Return-Path", null));
    }

    @Test
    void theSameLetterTwiceKeepsBothFiles() throws Exception {
        PickupFolder folder = new PickupFolder(home, mime, clock);
        Path first = folder.write(letter().build());
        Path second = folder.write(letter().build());
        assertFalse(first.equals(second));
        assertTrue(Files.exists(first) && Files.exists(second));
    }

    @Test
    void anUnreadableAttachmentRefusesTheLetterAndLeavesNothing() throws IOException {
        Letter letter = letter().attach(Attachment.of("Прайс.xlsx", XLSX, home.resolve("absent.xlsx"))).build();
        Path pickup = home.resolve("pickup");
        LetterRefusedException e = assertThrows(LetterRefusedException.class, () -> new PickupFolder(pickup, mime, clock).write(letter));
        assertTrue(e.getMessage().contains("attachment Прайс.xlsx cannot be read"), e.getMessage());
        assertFalse(e.temporary());
        try (Stream<Path> files = Files.list(pickup)) {
            assertEquals(0, files.count(), "nothing half-written");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsTheTransportsFailure() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("pickup"), "a file where the folder should be");
        TransportUnavailableException e = assertThrows(TransportUnavailableException.class,
                () -> new PickupFolder(notAFolder, mime, clock).write(letter().build()));
        assertTrue(e.getMessage().contains("pickup folder " + notAFolder), e.getMessage());
        assertFalse(e.temporary(), "an operator must act");
    }

    static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(new MimeLetters(new Properties()).session(), in);
        }
    }
}
