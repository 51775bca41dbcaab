package ru.krek.optovik.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordsTest {

    private static final String PASSWORD = "Пароль оператора";
    /** One hash for the whole class: each costs 210 000 PBKDF2 rounds. */
    private static String hash;

    @BeforeAll
    static void hashOnce() {
        hash = Passwords.hash(PASSWORD, new SecureRandom());
    }

    /** A SecureRandom whose "random" bytes are all one value, so two hashes can share a salt. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte value;

        FixedRandom(int value) {
            this.value = (byte) value;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, value);
        }
    }

    @Test
    void hashHasTheDocumentedForm() {
        String[] parts = hash.split(":");

        assertEquals(5, parts.length, hash);
        assertEquals("pbkdf2", parts[0]);
        assertEquals("sha256", parts[1]);
        assertTrue(Integer.parseInt(parts[2]) >= 100_000, hash);
        assertEquals(16, Base64.getDecoder().decode(parts[3]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[4]).length);
        assertFalse(hash.contains(PASSWORD));
        assertTrue(Passwords.isHash(hash));
    }

    @Test
    void theRightPasswordMatches() {
        assertTrue(Passwords.matches(PASSWORD, hash));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "пароль оператора", "Пароль оператора ", "Пароль оператор", "Password" })
    void anotherPasswordDoesNotMatch(String wrong) {
        assertFalse(Passwords.matches(wrong, hash));
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        String other = Passwords.hash(PASSWORD, new SecureRandom());

        assertNotEquals(hash, other);
        assertNotEquals(hash.split(":")[3], other.split(":")[3]);
        assertTrue(Passwords.matches(PASSWORD, other));
    }

    @Test
    void theSaltIsTheOnlyThingThatVaries() {
        String first = Passwords.hash("same-password", new FixedRandom(7));
        String second = Passwords.hash("same-password", new FixedRandom(7));
        String otherSalt = Passwords.hash("same-password", new FixedRandom(8));

        assertEquals(first, second);
        assertNotEquals(first, otherSalt);
        assertNotEquals(first.split(":")[4], otherSalt.split(":")[4]);
    }

    @Test
    void aHashMadeElsewhereWithStandardPbkdf2Matches() {
        // Python: hashlib.pbkdf2_hmac('sha256', 'Пароль оператора'.encode('utf-8'), b'optovik-salt-016', 1000, 32),
        // base64 without padding: the format is plain PBKDF2-HMAC-SHA256 over the UTF-8 password.
        String fromPython = "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I";

        assertTrue(Passwords.matches(PASSWORD, fromPython));
        assertFalse(Passwords.matches("Пароль", fromPython));
    }

    @Test
    void paddedBase64IsAcceptedToo() {
        String padded = "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg==:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I=";

        assertTrue(Passwords.matches(PASSWORD, padded));
    }

    @Test
    void isHashRecognisesOnlyOurPrefix() {
        assertTrue(Passwords.isHash("pbkdf2:sha256:whatever"));
        assertFalse(Passwords.isHash("keys/anna.pub"));
        assertFalse(Passwords.isHash("pbkdf2:sha1:1000:a:b"));
        assertFalse(Passwords.isHash(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "pbkdf2:sha256:abc",
        "pbkdf2:sha256:",
        "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg",
        "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg:",
        "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I:extra",
        // bad base64
        "pbkdf2:sha256:1000:not*base64!:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I",
        "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg:aFaq VCi2PEGh",
        // iterations not a number
        "pbkdf2:sha256:many:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I",
        // too few iterations
        "pbkdf2:sha256:999:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I",
        "pbkdf2:sha256:1:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I",
        "pbkdf2:sha256:-5000:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I",
        // salt shorter than 8 bytes ("NaCl")
        "pbkdf2:sha256:1000:TmFDbA:aFaqVCi2PEGhdb2T3Wc7SAP6XOuS0Y7ziFgvnC9EX8I",
        // hash shorter than 16 bytes
        "pbkdf2:sha256:1000:b3B0b3Zpay1zYWx0LTAxNg:aFaqVCi2PEGh" })
    void malformedHashIsRejected(String stored) {
        assertThrows(IllegalArgumentException.class, () -> Passwords.matches(PASSWORD, stored));
    }
}
