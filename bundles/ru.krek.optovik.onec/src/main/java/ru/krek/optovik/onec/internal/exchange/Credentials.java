package ru.krek.optovik.onec.internal.exchange;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/** HTTP Basic against the configured exchange account, compared in constant time. */
final class Credentials {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final byte[] expected;

    Credentials(String user, String password) {
        this.expected = digest((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return null when the request carries no Basic credentials */
    Boolean check(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // 1C versions differ in how they encode a Cyrillic name: accept the UTF-8 and the ANSI form
        byte[] asUtf8 = digest(decoded);
        byte[] from1251 = digest(new String(decoded, WINDOWS_1251).getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(asUtf8, expected) | MessageDigest.isEqual(from1251, expected);
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
