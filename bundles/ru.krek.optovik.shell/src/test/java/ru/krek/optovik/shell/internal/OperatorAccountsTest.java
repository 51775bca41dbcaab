package ru.krek.optovik.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * Accounts with real PBKDF2 hashes and real OpenSSH authorized_keys files. The ServerSession is
 * null: neither our code nor SSHD's AuthorizedKeysAuthenticator needs one to decide.
 */
class OperatorAccountsTest {

    private static final String ANNA_PASSWORD = "anna-Пароль-1";
    private static String annaHash;
    private static KeyPair borisKey;
    private static KeyPair execKey;
    private static KeyPair strangerKey;

    @TempDir
    Path homeDir;
    private OptovikHome home;
    private Path execKeys;

    @BeforeAll
    static void credentials() throws GeneralSecurityException {
        annaHash = Passwords.hash(ANNA_PASSWORD, new SecureRandom());
        borisKey = ecKeyPair();
        execKey = ecKeyPair();
        strangerKey = ecKeyPair();
    }

    @BeforeEach
    void keyFiles() throws IOException {
        home = new OptovikHome(homeDir);
        Files.createDirectories(homeDir.resolve("keys"));
        execKeys = writeAuthorizedKeys(homeDir.resolve("keys/exec_key.pub"), execKey.getPublic());
        writeAuthorizedKeys(homeDir.resolve("keys/boris.pub"), borisKey.getPublic());
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** An OpenSSH authorized_keys file with one key, mode 0600 as OPTOVIK_HOME/keys requires. */
    private static Path writeAuthorizedKeys(Path file, PublicKey... keys) throws IOException {
        StringBuilder text = new StringBuilder("# written by OperatorAccountsTest\n");
        for (PublicKey key : keys) {
            text.append(PublicKeyEntry.toString(key)).append(" test@optovik\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private OperatorAccounts accounts(String users) {
        return new OperatorAccounts(users, execKeys, home);
    }

    @Test
    void authorizedKeysFileIsInOpenSshFormat() throws IOException {
        String line = Files.readAllLines(homeDir.resolve("keys/boris.pub")).get(1);

        assertTrue(line.startsWith("ecdsa-sha2-nistp256 AAAA"), line);
    }

    @Test
    void parsesPasswordAndKeyEntries() {
        OperatorAccounts accounts = accounts("anna=" + annaHash + ",boris=keys/boris.pub");

        assertEquals(2, accounts.people());
        assertTrue(accounts.authenticate("anna", ANNA_PASSWORD, null));
        assertTrue(accounts.authenticate("boris", borisKey.getPublic(), null));
    }

    @Test
    void toleratesSpacesAndEmptyEntries() {
        OperatorAccounts accounts = accounts(" anna = " + annaHash + " , ,boris= keys/boris.pub ,");

        assertEquals(2, accounts.people());
        assertTrue(accounts.authenticate("anna", ANNA_PASSWORD, null));
        assertTrue(accounts.authenticate("boris", borisKey.getPublic(), null));
    }

    @Test
    void noUsersLeavesOnlyTheLauncher() {
        for (String users : new String[] { null, "", "   " }) {
            OperatorAccounts accounts = accounts(users);

            assertEquals(0, accounts.people());
            assertFalse(accounts.authenticate("anna", ANNA_PASSWORD, null));
            assertTrue(accounts.authenticate(OperatorAccounts.EXEC_USER, execKey.getPublic(), null));
        }
    }

    @Test
    void keyFileMayBeAbsolute() throws IOException {
        Path elsewhere = writeAuthorizedKeys(Files.createTempFile(homeDir, "vera", ".pub"), strangerKey.getPublic());

        OperatorAccounts accounts = accounts("vera=" + elsewhere.toAbsolutePath());

        assertTrue(accounts.authenticate("vera", strangerKey.getPublic(), null));
    }

    @Test
    void rightPasswordIsAccepted() {
        assertTrue(accounts("anna=" + annaHash).authenticate("anna", ANNA_PASSWORD, null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "anna", "anna-пароль-1", ANNA_PASSWORD + " " })
    void wrongPasswordIsRejected(String wrong) {
        assertFalse(accounts("anna=" + annaHash).authenticate("anna", wrong, null));
    }

    @Test
    void unknownUserIsRejected() {
        OperatorAccounts accounts = accounts("anna=" + annaHash + ",boris=keys/boris.pub");

        assertFalse(accounts.authenticate("vera", ANNA_PASSWORD, null));
        assertFalse(accounts.authenticate("Anna", ANNA_PASSWORD, null));
        assertFalse(accounts.authenticate("vera", borisKey.getPublic(), null));
        assertFalse(accounts.authenticate("", borisKey.getPublic(), null));
    }

    @Test
    void aKeyUserCannotLogInWithAPasswordNorAPasswordUserWithAKey() {
        OperatorAccounts accounts = accounts("anna=" + annaHash + ",boris=keys/boris.pub");

        assertFalse(accounts.authenticate("boris", ANNA_PASSWORD, null));
        assertFalse(accounts.authenticate("anna", borisKey.getPublic(), null));
    }

    @Test
    void theRightKeyIsAcceptedAndAnotherRejected() {
        OperatorAccounts accounts = accounts("boris=keys/boris.pub");

        assertTrue(accounts.authenticate("boris", borisKey.getPublic(), null));
        assertFalse(accounts.authenticate("boris", strangerKey.getPublic(), null));
        assertFalse(accounts.authenticate("boris", execKey.getPublic(), null));
    }

    @Test
    void aFileWithSeveralKeysAcceptsEach() throws IOException {
        writeAuthorizedKeys(homeDir.resolve("keys/team.pub"), borisKey.getPublic(), strangerKey.getPublic());
        OperatorAccounts accounts = accounts("team=keys/team.pub");

        assertTrue(accounts.authenticate("team", borisKey.getPublic(), null));
        assertTrue(accounts.authenticate("team", strangerKey.getPublic(), null));
        assertFalse(accounts.authenticate("team", execKey.getPublic(), null));
    }

    @Test
    void theLauncherLogsInWithTheExecKey() {
        OperatorAccounts accounts = accounts("boris=keys/boris.pub");

        assertTrue(accounts.authenticate(OperatorAccounts.EXEC_USER, execKey.getPublic(), null));
        assertFalse(accounts.authenticate(OperatorAccounts.EXEC_USER, borisKey.getPublic(), null));
        assertFalse(accounts.authenticate(OperatorAccounts.EXEC_USER, strangerKey.getPublic(), null));
    }

    @Test
    void theLauncherHasNoPassword() {
        OperatorAccounts accounts = accounts("anna=" + annaHash);

        assertFalse(accounts.authenticate(OperatorAccounts.EXEC_USER, ANNA_PASSWORD, null));
        assertFalse(accounts.authenticate(OperatorAccounts.EXEC_USER, "", null));
    }

    @Test
    void withoutAnExecKeyFileNobodyLogsInAsTheLauncher() throws IOException {
        Files.delete(execKeys);
        OperatorAccounts accounts = accounts("boris=keys/boris.pub");

        assertFalse(accounts.authenticate(OperatorAccounts.EXEC_USER, execKey.getPublic(), null));
        assertTrue(accounts.authenticate("boris", borisKey.getPublic(), null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "noequals", "=x", "anna=", "=" })
    void entryWithoutNameOrCredentialIsRejectedNamingIt(String entry) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accounts("boris=keys/boris.pub," + entry));

        assertNamesEntry(e, entry);
    }

    @ParameterizedTest
    @ValueSource(strings = { "bad name!", "anna@krek", "анна", "a/b" })
    void badNameIsRejectedNamingIt(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accounts(name + "=" + annaHash));

        assertNamesEntry(e, name);
    }

    @Test
    void tooLongNameIsRejected() {
        String name = "a".repeat(65);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accounts(name + "=" + annaHash));

        assertNamesEntry(e, name);
        assertEquals(1, accounts("a".repeat(64) + "=" + annaHash).people());
    }

    @Test
    void theLaunchersNameIsReserved() {
        IllegalArgumentException byPassword = assertThrows(IllegalArgumentException.class,
                () -> accounts("optovik=" + annaHash));
        IllegalArgumentException byKey = assertThrows(IllegalArgumentException.class,
                () -> accounts("optovik=keys/boris.pub"));

        assertNamesEntry(byPassword, "optovik");
        assertNamesEntry(byKey, "optovik");
    }

    @Test
    void missingKeyFileIsRejectedNamingUserAndFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accounts("anna=" + annaHash + ",boris=keys/missing.pub"));

        assertNamesEntry(e, "boris");
        assertTrue(e.getMessage().contains("keys/missing.pub"), e.getMessage());
    }

    @Test
    void malformedPasswordHashIsRejectedAtConfigurationNamingTheUser() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> accounts("anna=" + annaHash + ",boris=pbkdf2:sha256:abc"));

        assertNamesEntry(e, "boris");
    }

    private static void assertNamesEntry(IllegalArgumentException e, String entry) {
        assertTrue(e.getMessage().contains("optovik.shell"), () -> "no PID in: " + e.getMessage());
        assertTrue(e.getMessage().contains("'" + entry + "'"), () -> "'" + entry + "' not named in: " + e.getMessage());
    }
}
