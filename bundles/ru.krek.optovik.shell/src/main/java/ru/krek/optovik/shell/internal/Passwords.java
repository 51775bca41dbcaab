package ru.krek.optovik.shell.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Operator passwords are configured as salted PBKDF2 hashes, never in clear:
 * {@code pbkdf2:sha256:<iterations>:<salt base64>:<hash base64>}.
 */
public final class Passwords {

    static final String PREFIX = "pbkdf2:sha256:";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private Passwords() {
    }

    public static String hash(String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return PREFIX + ITERATIONS + ":" + B64.encodeToString(salt) + ":"
                + B64.encodeToString(derive(password, salt, ITERATIONS));
    }

    static boolean isHash(String credential) {
        return credential.startsWith(PREFIX);
    }

    /** @throws IllegalArgumentException when the stored hash is not of our form */
    static boolean matches(String password, String stored) {
        String[] parts = stored.substring(PREFIX.length()).split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a password hash must be pbkdf2:sha256:<iterations>:<salt>:<hash>");
        }
        int iterations;
        byte[] salt;
        byte[] expected;
        try {
            iterations = Integer.parseInt(parts[0]);
            salt = Base64.getDecoder().decode(parts[1]);
            expected = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a password hash has a bad number or base64 part: " + e.getMessage());
        }
        if (iterations < 1_000 || salt.length < 8 || expected.length < 16) {
            throw new IllegalArgumentException("a password hash is too weak (iterations, salt or length)");
        }
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
        }
    }
}
