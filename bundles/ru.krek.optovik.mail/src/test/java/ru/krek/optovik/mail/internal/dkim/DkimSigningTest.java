package ru.krek.optovik.mail.internal.dkim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.mail.internal.config.TestMailConfig;
import ru.krek.optovik.mail.internal.smtp.LoopbackSession;
import ru.krek.optovik.mail.internal.smtp.SmtpConnection;
import ru.krek.optovik.mail.internal.smtp.SmtpSettings;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * Letters signed with a key made for the test, as a loopback server received them, verified by an
 * independent implementation (Apache James jDKIM) against the public key as DNS would publish it.
 */
class DkimSigningTest extends LoopbackSession {

    @Test
    void aSignedLetterVerifiesAgainstThePublishedKeyAndATamperedOneDoesNot() throws Exception {
        KeyPair keys = rsa(2048);
        Files.writeString(dir.resolve("dkim.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        server = new FaultSmtpServer(FaultSmtpServer.SCRIPT, dir);
        smtp = new SmtpConnection(settings(Map.of("dkim.key", "dkim.pem")), Clock.systemUTC());
        smtp.send(Letter.builder().messageId(MessageId.of("signed", "krek.example")).from(new Mailbox("price@krek.example", "Прайс-листы КРЭК"))
                .to(Mailbox.of("ivan@radio.example")).returnPath(Mailbox.of("bounces@krek.example")).subject("Прайс-лист КРЭК")
                .text("Здравствуйте!\nЦены на 27.11.").html("<p>Здравствуйте!</p>")
                .header("List-Unsubscribe", "<https://krek.example/unsubscribe?t=abc>")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .attach(Attachment.of("Прайс-лист.xlsx", "application/octet-stream", new byte[100 * 1024])).build());

        String raw = Files.readString(server.letters().get(0), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("X-Envelope-From: bounces@krek.example\r\n"), "the envelope sender survives signing: " + raw);
        String letter = raw.substring(raw.indexOf("\r\n", raw.indexOf("X-Helo:")) + 2);
        assertTrue(letter.startsWith("DKIM-Signature: "), letter);
        assertTrue(letter.contains("Message-ID: <signed@krek.example>"), "the letter keeps its own Message-ID: " + letter);

        List<SignatureRecord> valid = verifier(keys).verify(new ByteArrayInputStream(letter.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(1, valid.size());
        SignatureRecord signature = valid.get(0);
        assertEquals("krek.example", signature.getDToken().toString());
        assertEquals("optovik", signature.getSelector().toString());
        assertEquals("relaxed", signature.getHeaderCanonicalisationMethod());
        assertEquals("relaxed", signature.getBodyCanonicalisationMethod());
        String signed = String.join(":", signature.getHeaders()).toLowerCase();
        for (String header : List.of("from", "to", "subject", "date", "message-id", "list-unsubscribe", "list-unsubscribe-post")) {
            assertTrue((":" + signed + ":").contains(":" + header + ":"), header + " is signed: " + signed);
        }

        String tampered = letter.replace("Subject: ", "Subject: Re: ");
        DKIMVerifier strict = verifier(keys);
        try {
            List<SignatureRecord> none = strict.verify(new ByteArrayInputStream(tampered.getBytes(StandardCharsets.ISO_8859_1)));
            assertTrue(none == null || none.isEmpty(), "a changed subject must not verify");
        } catch (FailException expected) {
            // jDKIM reports a failed signature by throwing when no signature is valid
        }
        assertFalse(strict.hasAnyValidSignature());
    }

    @Test
    void noKeyNoSignature() throws Exception {
        assertTrue(settings(Map.of()).dkim().isEmpty());
    }

    @Test
    void aBadKeyOrNameIsNamed() throws Exception {
        assertEquals("optovik.mail: dkim.key: no such file " + dir.resolve("missing.pem"), refused(Map.of("dkim.key", "missing.pem")));

        Files.writeString(dir.resolve("pkcs1.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");
        assertTrue(refused(Map.of("dkim.key", "pkcs1.pem")).startsWith("optovik.mail: dkim.key: " + dir.resolve("pkcs1.pem")
                + " is not an unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert it with: openssl pkcs8"));

        Files.writeString(dir.resolve("garbage.pem"), "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        assertEquals("optovik.mail: dkim.key: " + dir.resolve("garbage.pem") + " is not an RSA private key in PKCS#8 (PEM or DER)",
                refused(Map.of("dkim.key", "garbage.pem")));

        Files.write(dir.resolve("ec.der"), KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate().getEncoded());
        assertEquals("optovik.mail: dkim.key: " + dir.resolve("ec.der") + " is not an RSA private key in PKCS#8 (PEM or DER)",
                refused(Map.of("dkim.key", "ec.der")));

        Files.write(dir.resolve("short.der"), rsa(512).getPrivate().getEncoded());
        assertTrue(refused(Map.of("dkim.key", "short.der")).contains("is a 512-bit RSA key"));

        Files.write(dir.resolve("good.der"), rsa(2048).getPrivate().getEncoded());
        assertEquals("optovik.mail: dkim.domain must be the signing domain, e.g. krek.ru, not ''",
                refused(Map.of("dkim.key", "good.der", "dkim.domain", "")));
        assertEquals("optovik.mail: dkim.selector must be a DNS label, e.g. optovik2026, not 'a b'",
                refused(Map.of("dkim.key", "good.der", "dkim.selector", "a b")));
        assertEquals("DKIM optovik._domainkey.krek.example", settings(Map.of("dkim.key", "good.der")).dkim().orElseThrow().toString());
    }

    private String refused(Map<String, Object> dkim) {
        return assertThrows(IllegalArgumentException.class, () -> settings(dkim)).getMessage();
    }

    private SmtpSettings settings(Map<String, Object> dkim) {
        Map<String, Object> config = new HashMap<>(Map.of("smtp.host", "127.0.0.1", "smtp.port", server == null ? 25 : server.port,
                "smtp.tls", "none", "smtp.timeout.seconds", 5, "dkim.domain", "krek.example", "dkim.selector", "optovik"));
        config.putAll(dkim);
        return SmtpSettings.of(TestMailConfig.of(config), "krek.example", dir);
    }

    /** jDKIM with the public key as the TXT record optovik._domainkey.krek.example would carry it. */
    private static DKIMVerifier verifier(KeyPair keys) {
        String record = "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        return new DKIMVerifier((method, selector, domain) -> {
            assertEquals("optovik", selector.toString());
            assertEquals("krek.example", domain.toString());
            return List.of(record);
        });
    }

    private static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }
}
