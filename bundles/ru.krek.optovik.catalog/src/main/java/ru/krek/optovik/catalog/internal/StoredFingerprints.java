package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Every fingerprint a catalog table holds, read in one pass into an open-addressing table of 64-bit
 * id hashes and fingerprints (17 bytes a slot, 23–45 bytes a row: 32 MB for a million). A row read in
 * sequence costs about 12 µs through the embedded driver, a look-up by id about 22, so an import that
 * names much of the catalog reads it whole. Two ids sharing a hash at worst send an item the staged
 * way, which is right for any item.
 */
final class StoredFingerprints {

    /** Stands for "held without a fingerprint"; a real fingerprint of this value then counts as none. */
    private static final long NONE = Long.MIN_VALUE;

    private final String table;
    private long[] hashes;
    private long[] fingerprints;
    private boolean[] used;
    private int size;

    private StoredFingerprints(String table, long rows) {
        this.table = table;
        allocate((int) Math.min(1 << 30, Long.highestOneBit(Math.max(16, rows + rows / 3)) * 2));
    }

    /**
     * @param rows about how many rows the table holds, to size the table once
     * @param stop true once the table is no longer wanted: the read ends early
     */
    static StoredFingerprints read(Connection connection, String table, long rows, BooleanSupplier stop) throws SQLException {
        StoredFingerprints stored = new StoredFingerprints(table, rows);
        try (PreparedStatement select = connection.prepareStatement("select id, fp from " + table);
                ResultSet rs = select.executeQuery()) {
            while (!stop.getAsBoolean() && rs.next()) {
                long hash = Seen.hash(table, rs.getString(1));
                long fp = rs.getLong(2); // wasNull() speaks of the column read last
                stored.put(hash, rs.wasNull() ? NONE : fp);
            }
        }
        return stored;
    }

    /**
     * The stored fingerprints of {@code ids}, as a look-up by id answers: an id the table holds maps to
     * its fingerprint, null when it has none; an id it does not hold (as far as its hash tells) is absent.
     */
    Map<String, Long> known(List<String> ids) {
        Map<String, Long> known = new HashMap<>();
        for (String id : ids) {
            int at = slot(Seen.hash(table, id));
            if (at >= 0) {
                known.put(id, fingerprints[at] == NONE ? null : fingerprints[at]);
            }
        }
        return known;
    }

    int size() {
        return size;
    }

    private int slot(long hash) {
        int mask = hashes.length - 1;
        for (int i = (int) hash & mask; used[i]; i = (i + 1) & mask) {
            if (hashes[i] == hash) {
                return i;
            }
        }
        return -1;
    }

    private void put(long hash, long fingerprint) {
        if (size + 1 > hashes.length * 3 / 4) {
            long[] oldHashes = hashes;
            long[] oldFingerprints = fingerprints;
            boolean[] oldUsed = used;
            allocate(hashes.length * 2);
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldUsed[i]) {
                    put(oldHashes[i], oldFingerprints[i]);
                }
            }
        }
        int mask = hashes.length - 1;
        int i = (int) hash & mask;
        while (used[i]) {
            i = (i + 1) & mask;
        }
        used[i] = true;
        hashes[i] = hash;
        fingerprints[i] = fingerprint;
        size++;
    }

    private void allocate(int slots) {
        hashes = new long[slots];
        fingerprints = new long[slots];
        used = new boolean[slots];
        size = 0;
    }
}
