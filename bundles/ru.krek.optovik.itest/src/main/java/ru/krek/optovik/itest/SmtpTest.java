package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/** The smtp transport inside Felix (Angus with SPI Fly and the context-loader trap) against a real server on loopback. */
class SmtpTest {

    @AfterEach
    void defaults() throws Exception {
        OptovikFramework.unconfigure(MailTest.MAIL_PID);
        MailTest.awaitSender(Mailbox.of("optovik@localhost"));
    }

    @Test
    void aLetterWithACyrillicAttachmentGoesOverSmtpAndANewServerAppliesWithoutARestart() throws Exception {
        // an empty outbox: letters an earlier test left queued would otherwise reach these servers too
        CatalogFixture.freshDatabase("smtp");
        Path dir = Files.createTempDirectory("smtp-itest");
        try (FaultSmtpServer first = OptovikFramework.smtpServer(dir.resolve("first")); FaultSmtpServer second = OptovikFramework.smtpServer(dir.resolve("second"))) {
            useSmtp(first, "smtp-a@krek.example");
            PostOffice office = OptovikFramework.service(PostOffice.class);
            assertEquals("smtp", office.transport());
            Letter letter = Letter.builder().messageId(MessageId.of("itest.smtp." + System.nanoTime(), "krek.example"))
                    .from(office.sender()).to(new Mailbox("anna@radio.example", "Анна Петрова"))
                    .extraRecipient(Mailbox.of("buh@radio.example")).subject("Прайс-лист КРЭК").text("Здравствуйте!")
                    .html("<p>Здравствуйте!</p>")
                    .attach(Attachment.of("Прайс-лист КРЭК.xlsx", MailTest.XLSX, "лист".getBytes(StandardCharsets.UTF_8))).build();

            Handover handover = office.send(letter);

            assertEquals("smtp", handover.transport());
            assertEquals(1, first.letters().size());
            String raw = Files.readString(first.letters().get(0), StandardCharsets.ISO_8859_1);
            assertTrue(raw.contains("X-Envelope-To: anna@radio.example, buh@radio.example"), raw);
            MimeMessage read = MailTest.read(first.letters().get(0));
            assertEquals(letter.messageId().value(), read.getMessageID());
            Multipart mixed = MailTest.withAngus(() -> (Multipart) read.getContent());
            assertEquals("Прайс-лист КРЭК.xlsx", mixed.getBodyPart(1).getFileName());
            try (InputStream in = mixed.getBodyPart(1).getInputStream()) {
                assertEquals("лист", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }

            useSmtp(second, "smtp-b@krek.example");
            Map<String, String> out = MailTest.keyValues(RuntimeTest.gogo("mail:test ivan@radio.example"));
            assertEquals("smtp", out.get("transport"));
            assertTrue(out.get("where").startsWith("127.0.0.1:" + second.port + " 250"), out.toString());
            assertEquals(1, second.letters().size());
            assertEquals(1, first.letters().size());
        }
    }

    @Test
    void aDkimSignedLetterGoesOverRequiredStartTlsInsideTheFramework() throws Exception {
        Path dir = Files.createTempDirectory("smtp-tls-itest");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
                .redirectErrorStream(true).start();
        String said = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), said);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Files.write(dir.resolve("dkim.der"), rsa.generateKeyPair().getPrivate().getEncoded());
        try (FaultSmtpServer tls = OptovikFramework.smtpServer(dir.resolve("server"), List.of("--tls-cert", dir.resolve("cert.pem").toString(),
                "--tls-key", dir.resolve("key.pem").toString(), "--require-starttls"))) {
            useSmtp(tls, "smtp-tls@krek.example", "smtp.tls", "starttls", "smtp.trust.certificates", dir.resolve("cert.pem").toString(),
                    "dkim.key", dir.resolve("dkim.der").toString(), "dkim.domain", "krek.example", "dkim.selector", "optovik");
            PostOffice office = OptovikFramework.service(PostOffice.class);
            office.send(Letter.builder().messageId(MessageId.of("itest.tls." + System.nanoTime(), "krek.example")).from(office.sender())
                    .to(Mailbox.of("anna@radio.example")).subject("Прайс-лист КРЭК").text("Здравствуйте!")
                    .attach(Attachment.of("Прайс-лист КРЭК.xlsx", MailTest.XLSX, "лист".getBytes(StandardCharsets.UTF_8))).build());

            String raw = Files.readString(tls.letters().get(0), StandardCharsets.ISO_8859_1);
            assertTrue(raw.matches("(?s)X-Envelope-From: [^\r]+\r\nX-Envelope-To: [^\r]+\r\nX-Helo: [^\r]*\r\nX-Envelope-TLS: TLSv1\\.[23]\r\n"
                    + "DKIM-Signature: .*"), raw);
            String signature = raw.substring(raw.indexOf("DKIM-Signature: ")).split("\r\n(?=\\S)", 2)[0]; // with its folded lines
            assertTrue(signature.replaceAll("\\s+", "").contains("d=krek.example;"), signature);
            assertTrue(signature.replaceAll("\\s+", "").contains("s=optovik;"), signature);
        }
    }

    /** Points optovik.mail at the server (no TLS on loopback) and waits until the post office has it. */
    static void useSmtp(FaultSmtpServer server, String from, Object... more) throws Exception {
        Object[] keys = { "smtp.host", "127.0.0.1", "smtp.port", server.port, "smtp.tls", "none", "smtp.timeout.seconds", 5, "from", from };
        Object[] all = java.util.Arrays.copyOf(keys, keys.length + more.length);
        System.arraycopy(more, 0, all, keys.length, more.length);
        OptovikFramework.configure(MailTest.MAIL_PID, all);
        MailTest.awaitSender(Mailbox.of(from));
    }
}
