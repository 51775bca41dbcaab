package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterContent;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.api.runtime.OptovikHome;

/** Letters inside Felix: Angus Mail with SPI Fly, the shipped templates, the pickup folder and mail:test. */
class MailTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MAIL_PID = "optovik.mail";

    @AfterEach
    void defaults() throws Exception {
        OptovikFramework.unconfigure(MAIL_PID);
        awaitSender(Mailbox.of("optovik@localhost"));
    }

    @Test
    void aRegistrationLetterWithHtmlAndACyrillicAttachmentLandsInThePickupFolderAndReadsBack() throws Exception {
        LetterContent content = OptovikFramework.service(LetterTemplates.class).render("registration-confirmation",
                Map.of("contact", "Анна Петрова", "company", "Радио <Ко>", "confirmUrl", "https://opt.krek.example/confirm?token=t1",
                        "expiresHours", 48, "siteUrl", "https://opt.krek.example/"));
        PostOffice office = OptovikFramework.service(PostOffice.class);
        byte[] sheet = "содержимое прайс-листа".getBytes(StandardCharsets.UTF_8);
        Letter letter = Letter.builder().messageId(MessageId.of("itest.registration." + System.nanoTime(), "krek.example"))
                .from(office.sender()).to(new Mailbox("anna@radio.example", "Анна Петрова"))
                .replyTo(Mailbox.of("smirnov@krek.example")).content(content)
                .attach(Attachment.of("Прайс-лист КРЭК.xlsx", XLSX, sheet))
                .header("List-Unsubscribe", "<https://opt.krek.example/unsubscribe?t=1>").build();

        Handover handover = office.send(letter);

        assertEquals("pickup", handover.transport());
        Path eml = Path.of(handover.where());
        assertEquals(OptovikHome.of(OptovikFramework.context()).resolve("mail/pickup"), eml.getParent());
        MimeMessage read = read(eml);
        assertEquals("Подтвердите регистрацию Радио <Ко> в оптовой рассылке КРЭК", read.getSubject());
        assertEquals(letter.messageId().value(), read.getMessageID());
        Multipart mixed = withAngus(() -> (Multipart) read.getContent());
        assertEquals(2, mixed.getCount());
        Multipart alternative = withAngus(() -> (Multipart) mixed.getBodyPart(0).getContent());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        String text = withAngus(() -> (String) alternative.getBodyPart(0).getContent());
        assertTrue(text.contains("https://opt.krek.example/confirm?token=t1"), text);
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        String html = withAngus(() -> (String) alternative.getBodyPart(1).getContent());
        assertTrue(html.contains("«Радио &lt;Ко&gt;»"), html);
        BodyPart file = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("Прайс-лист КРЭК.xlsx", file.getFileName());
        try (InputStream in = file.getInputStream()) {
            assertEquals("содержимое прайс-листа", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void mailTestWritesATestLetterAndSaysWhere() throws Exception {
        OptovikFramework.configure(MAIL_PID, "transport", "pickup", "from", "Прайс-листы КРЭК <price@krek.example>");
        awaitSender(new Mailbox("price@krek.example", "Прайс-листы КРЭК"));

        Map<String, String> out = keyValues(RuntimeTest.gogo("mail:test ivan@radio.example"));

        assertEquals("pickup", out.get("transport"));
        assertEquals("ivan@radio.example", out.get("to"));
        assertTrue(out.get("message-id").matches("<test\\.[0-9a-f-]+@krek\\.example>"), out.toString());
        MimeMessage read = read(Path.of(out.get("where")));
        assertTrue(read.getSubject().startsWith("Оптовик: тестовое письмо (pickup, "), read.getSubject());
        assertTrue(read.getFrom()[0].toString().contains("price@krek.example"));
        Multipart mixed = withAngus(() -> (Multipart) read.getContent());
        assertEquals("Проверка вложения.txt", mixed.getBodyPart(1).getFileName());
    }

    @Test
    void anEditedTemplateChangesTheNextLetterAndABrokenOneKeepsTheLastGood() throws Exception {
        Path subject = Path.of(OptovikFramework.context().getProperty("optovik.etc"), "templates", "test-letter.subject.ftl");
        String shipped = Files.readString(subject);
        try {
            edit(subject, "Правленая тема для ${address}");
            assertEquals("Правленая тема для a@b.example", subjectOfTestLetter("a@b.example"));
            edit(subject, "Сломанная тема ${address");
            assertEquals("Правленая тема для c@d.example", subjectOfTestLetter("c@d.example"));
        } finally {
            edit(subject, shipped);
        }
    }

    @Test
    void smtpWithoutAServerIsASessionFailureAndBadUsageIsRefused() throws Exception {
        OptovikFramework.configure(MAIL_PID, "transport", "smtp", "from", "smtp-test@krek.example");
        awaitSender(Mailbox.of("smtp-test@krek.example"));
        TransportUnavailableException e = assertThrows(TransportUnavailableException.class,
                () -> RuntimeTest.gogo("mail:test ivan@radio.example"));
        assertTrue(e.getMessage().contains("smtp.host is not set"), e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:test not-an-address"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:test"));
        assertTrue(RuntimeTest.gogo("help mail:test").contains("sends a test letter"));
    }

    private static String subjectOfTestLetter(String address) throws Exception {
        return read(Path.of(keyValues(RuntimeTest.gogo("mail:test " + address)).get("where"))).getSubject();
    }

    private static void edit(Path file, String content) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    static void awaitSender(Mailbox expected) {
        PostOffice office = OptovikFramework.service(PostOffice.class);
        OptovikFramework.await("optovik.mail to apply " + expected, () -> office.sender().equals(expected),
                () -> office.sender().toString());
    }

    static Map<String, String> keyValues(String output) {
        Map<String, String> values = new java.util.HashMap<>();
        output.lines().filter(l -> l.contains(": ")).forEach(l -> values.put(l.substring(0, l.indexOf(": ")),
                l.substring(l.indexOf(": ") + 2).strip()));
        return values;
    }

    static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** Angus's handlers as the context loader: without it any part (multipart, text) reads back as a bare stream in OSGi. */
    static <T> T withAngus(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(multipart_mixed.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
