package ru.krek.optovik.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * Who may log in, parsed from {@code optovik.shell users}. Each person has either a password hash
 * or an authorized_keys file; the launcher's own key logs in as {@value #EXEC_USER}.
 */
final class OperatorAccounts implements PasswordAuthenticator, PublickeyAuthenticator {

    static final String EXEC_USER = "optovik";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, AuthorizedKeysAuthenticator> keys = new LinkedHashMap<>();

    /** @throws IllegalArgumentException naming the entry that is wrong */
    OperatorAccounts(String users, Path execKeys, OptovikHome home) {
        keys.put(EXEC_USER, new AuthorizedKeysAuthenticator(execKeys));
        if (users == null || users.isBlank()) {
            return;
        }
        for (String entry : users.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0 || eq == trimmed.length() - 1) {
                throw new IllegalArgumentException("optovik.shell: users entry '" + trimmed
                        + "' must be name=password-hash or name=key-file");
            }
            String name = trimmed.substring(0, eq).trim();
            String credential = trimmed.substring(eq + 1).trim();
            if (!NAME.matcher(name).matches() || name.equals(EXEC_USER)) {
                throw new IllegalArgumentException("optovik.shell: user name '" + name
                        + "' must be letters, digits, . _ - and not '" + EXEC_USER + "'");
            }
            if (Passwords.isHash(credential)) {
                try {
                    Passwords.matches("", credential); // rejects a malformed hash now, not at login
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("optovik.shell: user '" + name + "': " + e.getMessage(), e);
                }
                passwords.put(name, credential);
            } else {
                Path file = home.resolve(credential);
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    throw new IllegalArgumentException("optovik.shell: user '" + name + "': '" + credential
                            + "' is neither a pbkdf2 hash nor a readable key file (" + file + ")");
                }
                keys.put(name, new AuthorizedKeysAuthenticator(file));
            }
        }
    }

    int people() {
        return passwords.size() + keys.size() - 1;
    }

    @Override
    public boolean authenticate(String username, String password, ServerSession session) {
        String stored = passwords.get(username);
        return stored != null && Passwords.matches(password, stored);
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        AuthorizedKeysAuthenticator authorized = keys.get(username);
        return authorized != null && authorized.authenticate(username, key, session);
    }
}
