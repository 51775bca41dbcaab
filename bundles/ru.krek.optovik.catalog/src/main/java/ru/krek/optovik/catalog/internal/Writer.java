package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that talks to the import's connection while the exchange is read, so reading the
 * next offers overlaps writing the last ones. At most a few blocks wait in line: a reader faster than
 * the database waits, and the heap stays flat whatever the exchange's size.
 */
final class Writer implements AutoCloseable {

    @FunctionalInterface
    interface Task {
        void run(Connection connection) throws SQLException;
    }

    private static final int QUEUED_BLOCKS = 8;

    private final Connection connection;
    private final ExecutorService thread;
    private final Semaphore room = new Semaphore(QUEUED_BLOCKS);
    private final Timing timing;
    private volatile SQLException failure;

    Writer(Connection connection, long runId, Timing timing) {
        this.connection = connection;
        this.timing = timing;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "optovik-import-" + runId);
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a task; throws at once when an earlier one failed, so the reader stops early. */
    void submit(Task task) {
        rethrowUnchecked();
        try {
            if (!room.tryAcquire()) {
                Timing.Mark mark = Timing.start();
                room.acquire();
                timing.stop("reader waits for writer", mark, 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
        thread.execute(() -> {
            try {
                if (failure == null) {
                    task.run(connection);
                }
            } catch (SQLException | RuntimeException e) {
                if (failure == null) {
                    failure = e instanceof SQLException s ? s : new SQLException(e.getMessage(), e);
                }
            } finally {
                room.release();
            }
        });
    }

    Timing timing() {
        return timing;
    }

    /** Waits until every queued task ran; throws the first failure. */
    void drain() throws SQLException {
        try {
            room.acquire(QUEUED_BLOCKS);
            room.release(QUEUED_BLOCKS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("the import was interrupted", e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void rethrowUnchecked() {
        SQLException f = failure;
        if (f != null) {
            throw new IllegalStateException("writing the exchange to the database failed: " + f.getMessage(), f);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
