package ru.krek.optovik.mail.internal.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.config.TestMailConfig;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * smtp.tls=starttls against a loopback server with a self-signed certificate made for the test
 * (openssl): the letter goes only over TLS, trusted through smtp.trust.certificates; a server that
 * offers no STARTTLS, or a certificate nobody trusts, stops the session for good (the sender pauses,
 * letters stay queued) instead of sending in plain text.
 */
class StartTlsTest extends LoopbackSession {

    @Test
    void aLetterGoesOverStartTlsToAServerThatRequiresIt() throws Exception {
        startServer(true, true);
        smtp = connection("starttls", "cert.pem");
        smtp.send(letter("tls-one"));
        smtp.send(letter("tls-two")); // the same encrypted session, reused

        List<Path> letters = server.letters();
        assertEquals(2, letters.size());
        String raw = Files.readString(letters.get(0), StandardCharsets.ISO_8859_1);
        assertTrue(raw.matches("(?s)X-Envelope-From: [^\r]+\r\nX-Envelope-To: [^\r]+\r\nX-Helo: [^\r]*\r\nX-Envelope-TLS: TLSv1\\.[23]\r\n.*"), raw);
    }

    @Test
    void aServerThatOffersNoStartTlsGetsNothingAndTheSessionStopsForGood() throws Exception {
        startServer(false, false);
        smtp = connection("starttls", "");
        TransportUnavailableException e = assertThrows(TransportUnavailableException.class, () -> smtp.send(letter("plain")));
        assertFalse(e.temporary(), "an operator must act: the sender pauses and keeps the letter queued");
        assertEquals("SMTP server 127.0.0.1:" + server.port + " does not offer STARTTLS, and smtp.tls=starttls never sends in plain text",
                e.getMessage());
        assertTrue(server.letters().isEmpty());
    }

    @Test
    void aCertificateJavaDoesNotTrustStopsTheSessionForGood() throws Exception {
        startServer(true, true);
        smtp = connection("starttls", "");
        TransportUnavailableException e = assertThrows(TransportUnavailableException.class, () -> smtp.send(letter("untrusted")));
        assertFalse(e.temporary());
        assertTrue(e.getMessage().startsWith("SMTP server 127.0.0.1:" + server.port + " failed the TLS handshake: "), e.getMessage());
        assertTrue(e.getMessage().contains("smtp.trust.certificates"), e.getMessage());
        assertTrue(server.letters().isEmpty());
    }

    @Test
    void aPlainClientIsRefusedByAServerThatRequiresStartTls() throws Exception {
        startServer(true, true);
        smtp = connection("none", "");
        TransportUnavailableException e = assertThrows(TransportUnavailableException.class, () -> smtp.send(letter("refused")));
        assertFalse(e.temporary());
        assertTrue(e.getMessage().contains("530"), e.getMessage());
        assertTrue(server.letters().isEmpty());
    }

    @Test
    void aMissingOrUnreadableTrustFileIsNamed() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> settings("starttls", "nowhere.pem"));
        assertEquals("optovik.mail: smtp.trust.certificates: no such file " + dir.resolve("nowhere.pem"), missing.getMessage());
        Files.writeString(dir.resolve("notes.pem"), "not a certificate\n");
        IllegalArgumentException garbage = assertThrows(IllegalArgumentException.class, () -> settings("starttls", "notes.pem"));
        assertTrue(garbage.getMessage().startsWith("optovik.mail: smtp.trust.certificates: " + dir.resolve("notes.pem")), garbage.getMessage());
    }

    /** A self-signed certificate for 127.0.0.1 and localhost: cert.pem and key.pem in the test folder. */
    private void certificate() throws Exception {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString())
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, openssl.waitFor(), output);
    }

    private void startServer(boolean tls, boolean requireStartTls) throws Exception {
        List<String> options = new ArrayList<>();
        if (tls) {
            certificate();
            options.addAll(List.of("--tls-cert", dir.resolve("cert.pem").toString(), "--tls-key", dir.resolve("key.pem").toString()));
        }
        if (requireStartTls) {
            options.add("--require-starttls");
        }
        server = new FaultSmtpServer(FaultSmtpServer.SCRIPT, dir, options);
    }

    private SmtpSettings settings(String tls, String trust) {
        Map<String, Object> config = new HashMap<>(Map.of("smtp.host", "127.0.0.1", "smtp.port", server == null ? 25 : server.port,
                "smtp.tls", tls, "smtp.timeout.seconds", 5, "smtp.trust.certificates", trust));
        return SmtpSettings.of(TestMailConfig.of(config), "krek.example", dir);
    }

    private SmtpConnection connection(String tls, String trust) {
        return new SmtpConnection(settings(tls, trust), Clock.systemUTC());
    }

    private static Letter letter(String id) {
        return Letter.builder().messageId(MessageId.of(id, "krek.example")).from(new Mailbox("price@krek.example", "Прайс-листы КРЭК"))
                .to(Mailbox.of("ivan@radio.example")).subject("Прайс-лист КРЭК").text("Здравствуйте!").build();
    }
}
