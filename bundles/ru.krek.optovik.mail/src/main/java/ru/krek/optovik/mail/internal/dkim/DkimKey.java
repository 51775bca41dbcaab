package ru.krek.optovik.mail.internal.dkim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import ru.krek.optovik.mail.internal.config.MailConfig;

/**
 * The DKIM signing key optovik.mail names: the signing domain (d=), the selector (s=, the DNS name
 * selector._domainkey.domain publishes the public key) and an RSA private key in PKCS#8, as PEM
 * ("BEGIN PRIVATE KEY") or DER. Absent when dkim.key is empty: letters go unsigned.
 */
public record DkimKey(String domain, String selector, RSAPrivateKey key) {

    private static final String LABELS = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

    /**
     * @param home relative key paths are under it (OPTOVIK_HOME)
     * @throws IllegalArgumentException naming the key and what is wrong with it
     */
    public static Optional<DkimKey> of(MailConfig config, Path home) {
        String file = trim(config.dkim_key());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String domain = trim(config.dkim_domain());
        String selector = trim(config.dkim_selector());
        if (!domain.matches(LABELS + "(?:\\." + LABELS + ")+")) {
            throw new IllegalArgumentException("optovik.mail: dkim.domain must be the signing domain, e.g. krek.ru, not '"
                    + domain.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        if (!selector.matches(LABELS + "(?:\\." + LABELS + ")*")) {
            throw new IllegalArgumentException("optovik.mail: dkim.selector must be a DNS label, e.g. optovik2026, not '"
                    + selector.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return Optional.of(new DkimKey(domain.toLowerCase(java.util.Locale.ROOT), selector, read(home.resolve(file))));
    }

    /** An RSA private key in PKCS#8, PEM or DER. */
    static RSAPrivateKey read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("optovik.mail: dkim.key: no such file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("optovik.mail: dkim.key: cannot read " + file + ": " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("-----BEGIN")) {
            if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalArgumentException("optovik.mail: dkim.key: " + file + " is not an unencrypted PKCS#8 key (BEGIN PRIVATE KEY); "
                        + "convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out dkim.pem");
            }
            String body = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27);
            int end = body.indexOf("-----END PRIVATE KEY-----");
            try {
                bytes = Base64.getMimeDecoder().decode(end < 0 ? "" : body.substring(0, end));
            } catch (IllegalArgumentException e) {
                bytes = new byte[0];
            }
        }
        try {
            if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(bytes)) instanceof RSAPrivateKey rsa) {
                if (rsa.getModulus().bitLength() < 1024) {
                    throw new IllegalArgumentException("optovik.mail: dkim.key: " + file + " is a " + rsa.getModulus().bitLength()
                            + "-bit RSA key; receivers ignore signatures by keys under 1024 bits (use 2048)");
                }
                return rsa;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("optovik.mail")) {
                throw (IllegalArgumentException) e;
            }
        }
        throw new IllegalArgumentException("optovik.mail: dkim.key: " + file + " is not an RSA private key in PKCS#8 (PEM or DER)");
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public String toString() { // never the key itself in a log line
        return "DKIM " + selector + "._domainkey." + domain;
    }
}
