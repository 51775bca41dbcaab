package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the stored fingerprints of a few hundred ids at a time, on a connection of its own so the
 * reading thread asks while the writer stages. Only full files ask, and a full file names most of a
 * table, so the first ask of a table also starts reading it whole on a thread of its own
 * ({@link FingerprintRead}): about half the cost per row, off the reading thread, and used once it is
 * there. It sees the committed catalog, which is the one the import applies to: the import lock keeps
 * every other import out, and nothing is applied before commit.
 */
final class Lookup implements AutoCloseable {

    /**
     * Ids per query, each parameter declared {@link #ID_CHARS} wide, so the 64 KB message holds them all; wide
     * enough for 1C's offer ids with a characteristic (uuid#uuid, 73 characters).
     */
    static final int IDS = 150;
    static final int ID_CHARS = 80;
    static final String PRODUCTS = "catalog_product";
    static final String OFFERS = "catalog_offer";

    private final DataSource dataSource;
    private final Timing timing;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, FingerprintRead> reads = new HashMap<>();
    private Connection connection;

    Lookup(DataSource dataSource, Timing timing) {
        this.dataSource = dataSource;
        this.timing = timing;
    }

    static boolean fits(String id) {
        return id.length() <= ID_CHARS;
    }

    /**
     * Stored fingerprints of {@code ids} (at most {@link #IDS}, each {@link #fits}) in a catalog table: an
     * id the table holds maps to its fingerprint, null when it has none; an id it does not hold is absent.
     */
    Map<String, Long> fingerprints(String table, List<String> ids) {
        Map<String, Long> known = new HashMap<>();
        if (ids.isEmpty()) {
            return known;
        }
        try {
            StoredFingerprints stored = read(table).done();
            if (stored != null) {
                return stored.known(ids);
            }
            Timing.Mark mark = Timing.start();
            PreparedStatement select = statement(table);
            for (int i = 0; i < IDS; i++) {
                select.setString(i + 1, ids.get(Math.min(i, ids.size() - 1)));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    long fp = rs.getLong(2); // wasNull() speaks of the column read last
                    known.put(id, rs.wasNull() ? null : fp);
                }
            }
            timing.stop("look up " + table, mark, ids.size());
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the catalog's fingerprints failed: " + e.getMessage(), e);
        }
    }

    /**
     * Moves a sequence on by {@code count} and returns its new value: the numbers up to it are this
     * caller's. A sequence is outside transactions, so the read-only connection serves.
     */
    long reserve(String sequence, int count) {
        try {
            PreparedStatement s = statements.get(sequence);
            if (s == null) {
                s = connection().prepareStatement("select gen_id(" + sequence + ", cast(? as integer)) from rdb$database");
                statements.put(sequence, s);
            }
            s.setInt(1, count);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("numbering new offers failed: " + e.getMessage(), e);
        }
    }

    /**
     * A table's whole read, started by its first ask. A full catalog file comes before the offers files
     * that go with it, so the products' first ask starts reading the offers too: by the time offers
     * come, they are there, and none is looked up by id.
     */
    private FingerprintRead read(String table) {
        if (table.equals(PRODUCTS)) {
            reads.computeIfAbsent(OFFERS, t -> new FingerprintRead(dataSource, t, timing));
        }
        return reads.computeIfAbsent(table, t -> new FingerprintRead(dataSource, t, timing));
    }

    /** Waits until the table is read whole (a test's way to know the next ask is answered from it). */
    void awaitWhole(String table) {
        reads.get(table).await();
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setReadOnly(true);
        }
        return connection;
    }

    private PreparedStatement statement(String table) throws SQLException {
        PreparedStatement s = statements.get(table);
        if (s == null) {
            String parameter = "cast(? as varchar(" + ID_CHARS + ") character set utf8)";
            s = connection().prepareStatement("select id, fp from " + table + " where id in ("
                    + String.join(", ", Collections.nCopies(IDS, parameter)) + ")");
            statements.put(table, s);
        }
        return s;
    }

    @Override
    public void close() {
        try (Connection c = connection) {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
        } catch (SQLException e) {
            // nothing was written on it
        } finally {
            reads.values().forEach(FingerprintRead::stop);
            reads.clear();
            statements.clear();
            connection = null;
        }
    }
}
