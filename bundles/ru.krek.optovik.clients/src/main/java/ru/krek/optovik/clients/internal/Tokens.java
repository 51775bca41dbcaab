package ru.krek.optovik.clients.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.krek.optovik.api.store.Sql;

/**
 * Tokens in links: random confirmation tokens (only their SHA-256 is stored, so a database leak confirms
 * nothing) and HMAC-signed client tokens, with a secret generated once and kept in the database so that
 * every instance on it agrees.
 */
final class Tokens {

    static final String SIGNING = "client-links";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    Tokens(SecureRandom random) {
        this.random = random;
    }

    /** 256 random bits, URL-safe. */
    String random() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The named secret, created on first use; a concurrent creator's secret wins (primary key), so all agree. */
    byte[] secret(Sql sql, String name, Instant now) throws SQLException {
        String existing = sql.first("select secret from app_secret where name = ?", rs -> rs.getString(1), name);
        if (existing == null) {
            sql.update("update or insert into app_secret (name, secret, created) values (?, ?, ?) matching (name)",
                    name, random() + random(), now);
            existing = sql.first("select secret from app_secret where name = ?", rs -> rs.getString(1), name);
        }
        return existing.getBytes(StandardCharsets.US_ASCII);
    }

    /** "<id>.<signature>": the signature covers the id and the e-mail, so a changed address voids old links. */
    static String sign(byte[] secret, long clientId, String emailKey) {
        return clientId + "." + URL.encodeToString(mac(secret, clientId + "\n" + emailKey));
    }

    /** The client id a signed token names, or -1 when it is malformed or its signature is wrong. */
    static long verify(byte[] secret, String token, EmailLookup emailOf) throws SQLException {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || !token.substring(0, dot).chars().allMatch(Character::isDigit) || dot > 18) {
            return -1;
        }
        long id = Long.parseLong(token.substring(0, dot));
        String emailKey = emailOf.emailKey(id);
        if (emailKey == null) {
            return -1;
        }
        byte[] expected = sign(secret, id, emailKey).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII)) ? id : -1;
    }

    @FunctionalInterface
    interface EmailLookup {
        /** null when there is no such client or it has no e-mail (erased) */
        String emailKey(long clientId) throws SQLException;
    }

    private static byte[] mac(byte[] secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
