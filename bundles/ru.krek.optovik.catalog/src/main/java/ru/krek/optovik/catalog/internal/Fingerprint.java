package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * 64 bits of MD5 over every value one statement of an item writes, each value length-prefixed and
 * null marked, so no two different statements share an encoding. Numbers count by value (1.50 = 1.5),
 * as the catalog compares them.
 */
final class Fingerprint {

    private final MessageDigest digest;
    private final byte[] four = new byte[4];

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    Fingerprint text(String value) {
        if (value == null) {
            return length(-1);
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        length(bytes.length);
        digest.update(bytes);
        return this;
    }

    Fingerprint number(BigDecimal value) {
        return text(value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }

    Fingerprint flag(boolean value) {
        digest.update((byte) (value ? 1 : 0));
        return this;
    }

    /** A count, so that lists of items cannot run into one another. */
    Fingerprint length(int n) {
        four[0] = (byte) (n >>> 24);
        four[1] = (byte) (n >>> 16);
        four[2] = (byte) (n >>> 8);
        four[3] = (byte) n;
        digest.update(four);
        return this;
    }

    /** The fingerprint; the builder starts afresh. */
    long value() {
        byte[] d = digest.digest();
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xff);
        }
        return v;
    }
}
