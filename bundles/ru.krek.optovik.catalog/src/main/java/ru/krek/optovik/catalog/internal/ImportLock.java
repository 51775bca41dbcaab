package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one-import-at-a-time lock: the import's transaction updates the single import_lock row first
 * and holds that row until it ends, in this process or any other sharing the database. Jaybird 5
 * cannot set a lock timeout through plain JDBC (no SET TRANSACTION, the TPB is Jaybird's API), so a
 * waiting update is cancelled when the wait is over.
 */
final class ImportLock {

    /** isc_cancelled: the wait was cut short by {@link java.sql.Statement#cancel()}. */
    private static final int CANCELLED = 335544794;
    /** isc_deadlock / isc_update_conflict / isc_lock_conflict: the holder committed meanwhile; try again. */
    private static final int DEADLOCK = 335544336;
    private static final int UPDATE_CONFLICT = 335544451;
    private static final int LOCK_CONFLICT = 335544345;

    private ImportLock() {
    }

    /** @return true when the lock is held by {@code transaction}; false when {@code wait} ran out */
    static boolean acquire(Connection transaction, Duration wait, Instant now) throws SQLException {
        long deadline = System.nanoTime() + Math.max(wait.toNanos(), TimeUnit.MILLISECONDS.toNanos(50));
        try (PreparedStatement update = transaction.prepareStatement("update import_lock set since = ? where id = 1")) {
            update.setObject(1, RunLog.utc(now));
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                Object guard = new Object();
                boolean[] finished = { false };
                CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS).execute(() -> {
                    synchronized (guard) {
                        if (!finished[0]) {
                            try {
                                update.cancel();
                            } catch (SQLException ignored) {
                                // the update ended meanwhile
                            }
                        }
                    }
                });
                try {
                    if (update.executeUpdate() != 1) {
                        throw new SQLException("the import_lock row is missing: the catalog schema is incomplete");
                    }
                    return true;
                } catch (SQLException e) {
                    int code = e.getErrorCode();
                    if (code == CANCELLED) {
                        return false;
                    }
                    if (code != DEADLOCK && code != UPDATE_CONFLICT && code != LOCK_CONFLICT) {
                        throw e;
                    }
                } finally {
                    synchronized (guard) {
                        finished[0] = true;
                    }
                }
            }
        }
    }
}
