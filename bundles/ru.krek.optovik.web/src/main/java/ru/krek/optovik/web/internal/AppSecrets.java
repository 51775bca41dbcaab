package ru.krek.optovik.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import ru.krek.optovik.api.store.Store;

/**
 * Secrets generated once and kept in app_secret (db/003-clients.sql), the table the clients bundle keeps
 * its signing secret in; a concurrent creator's secret wins (primary key), so all instances agree.
 */
final class AppSecrets {

    private final Store store;
    private final SecureRandom random;
    /** a secret never changes once stored, so one read per name is enough */
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    AppSecrets(Store store, SecureRandom random) {
        this.store = store;
        this.random = random;
    }

    byte[] secret(String name) throws SQLException {
        byte[] cached = known.get(name);
        if (cached != null) {
            return cached;
        }
        String value = store.inTransaction(c -> {
            String existing = read(c, name);
            if (existing != null) {
                return existing;
            }
            byte[] bytes = new byte[48];
            random.nextBytes(bytes);
            try (PreparedStatement s = c.prepareStatement(
                    "update or insert into app_secret (name, secret, created) values (?, ?, ?) matching (name)")) {
                s.setString(1, name);
                s.setString(2, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                s.setTimestamp(3, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            return read(c, name);
        });
        byte[] secret = value.getBytes(StandardCharsets.US_ASCII);
        known.put(name, secret);
        return secret;
    }

    private static String read(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select secret from app_secret where name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
