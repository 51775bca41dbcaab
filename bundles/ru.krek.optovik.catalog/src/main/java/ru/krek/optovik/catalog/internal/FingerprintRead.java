package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One catalog table's fingerprints read whole on a thread and connection of their own, while the
 * import goes on asking id by id: the read costs the reader thread nothing, and the import uses it
 * from the moment it is there.
 */
final class FingerprintRead {

    private static final Logger LOG = LoggerFactory.getLogger(FingerprintRead.class);

    private final FutureTask<StoredFingerprints> task;
    private volatile boolean stopped;
    private boolean failureLogged;

    FingerprintRead(DataSource dataSource, String table, Timing timing) {
        task = new FutureTask<>(() -> read(dataSource, table, timing));
        Thread thread = new Thread(task, "optovik-import-read-" + table);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The table, once read; null while it is still being read, or if the read failed (a small pool
     * with no connection to spare, say): the look-ups by id answer the same, only slower.
     */
    StoredFingerprints done() {
        if (!task.isDone()) {
            return null;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (!failureLogged) {
                failureLogged = true;
                LOG.info("the catalog's fingerprints could not be read whole; looking them up by id: {}", e.getCause().getMessage());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The table, waiting for the read to end. */
    StoredFingerprints await() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the catalog's fingerprints failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the catalog's fingerprints", e);
        }
    }

    /** Ends a read under way early and waits for its connection to go back to the pool. */
    void stop() {
        stopped = true;
        try {
            task.get();
        } catch (ExecutionException e) {
            // nobody wants the table any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private StoredFingerprints read(DataSource dataSource, String table, Timing timing) throws SQLException {
        Timing.Mark mark = Timing.start();
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            long rows;
            try (PreparedStatement count = connection.prepareStatement("select count(*) from " + table);
                    ResultSet rs = count.executeQuery()) {
                rs.next();
                rows = rs.getLong(1);
            }
            StoredFingerprints stored = StoredFingerprints.read(connection, table, rows, () -> stopped);
            timing.stop("read whole " + table + " (own thread)", mark, stored.size());
            return stored;
        }
    }
}
