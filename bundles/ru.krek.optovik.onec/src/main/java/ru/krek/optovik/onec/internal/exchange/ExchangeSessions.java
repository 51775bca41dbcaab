package ru.krek.optovik.onec.internal.exchange;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.krek.optovik.onec.internal.files.Trees;

/** Live exchange sessions by their random id; idle ones expire and their staged files go with them. */
final class ExchangeSessions {

    private final Path stagingRoot;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ExchangeSession> sessions = new ConcurrentHashMap<>();

    ExchangeSessions(Path stagingRoot, Duration ttl) {
        this.stagingRoot = stagingRoot;
        this.ttl = ttl;
    }

    ExchangeSession create(Instant now) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        ExchangeSession session = new ExchangeSession(id, stagingRoot.resolve(id), now);
        sessions.put(id, session);
        return session;
    }

    /** The live session with that id, or null (unknown, malformed or expired). */
    ExchangeSession find(String id, Instant now) {
        if (id == null || !id.matches("[0-9a-f]{48}")) {
            return null;
        }
        ExchangeSession session = sessions.get(id);
        if (session != null) {
            session.touch(now);
        }
        return session;
    }

    /** Ends sessions idle longer than the ttl, unless their import still runs. */
    void expire(Instant now) {
        Instant cutoff = now.minus(ttl);
        sessions.values().removeIf(s -> {
            boolean old = s.lastUsed().isBefore(cutoff) && !s.importing();
            if (old) {
                s.dropFiles();
            }
            return old;
        });
    }

    int size() {
        return sessions.size();
    }

    /** Ends every session and empties the staging folder (also of a previous process). */
    void clear() {
        sessions.clear();
        Trees.deleteQuietly(stagingRoot);
    }
}
