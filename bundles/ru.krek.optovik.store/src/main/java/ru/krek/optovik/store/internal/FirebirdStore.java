package ru.krek.optovik.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.DatabaseBackup;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.api.store.StoreStatus;

/**
 * The Firebird store. It is registered whether or not the database answers: a watcher checks the
 * database, creates and migrates it when it first answers, logs one line when it goes down or
 * comes back, and the pool reconnects by itself.
 */
@Component(service = { Store.class, DatabaseBackup.class }, configurationPid = "optovik.db")
@Designate(ocd = StoreConfig.class)
public final class FirebirdStore implements Store, DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(FirebirdStore.class);
    private static final long CHECK_WHILE_DOWN_MS = 1_000;
    private static final long CHECK_WHILE_UP_MS = 10_000;

    private final OptovikHome home;
    private final Migrations migrations = new Migrations();
    private final ScheduledExecutorService watcher;
    private volatile Database database;
    private volatile StoreStatus status;
    private volatile boolean migrated;
    /** The watcher's next check; touched on the watcher thread only. */
    private ScheduledFuture<?> next;

    @Activate
    public FirebirdStore(StoreConfig config, BundleContext context) {
        this.home = OptovikHome.of(context);
        this.watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "optovik-store-watcher");
            thread.setDaemon(true);
            return thread;
        });
        try {
            use(DatabaseTarget.of(config, home));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; the database stays unavailable until it is corrected", e.getMessage());
            status = new StoreStatus(false, false, "", "", "", e.getMessage());
        }
        watcher.execute(this::check);
    }

    /** A new configuration: an invalid one keeps the last good one. */
    @Modified
    void modified(StoreConfig config) {
        DatabaseTarget target;
        try {
            target = DatabaseTarget.of(config, home);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping the previous database configuration", e.getMessage());
            return;
        }
        if (database != null && database.target().equals(target)) {
            return;
        }
        use(target); // at once, so nobody sees the old database as the current one
        watcher.execute(() -> {
            if (next != null) {
                next.cancel(false);
            }
            check();
        });
    }

    @Deactivate
    void deactivate() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Database current = database;
        if (current != null) {
            current.close();
        }
    }

    /** Switches to a database; the old pool closes first, so two pools never compete for it. */
    private synchronized void use(DatabaseTarget target) {
        Database previous = database;
        if (previous != null) {
            previous.close();
        }
        if (target.embedded()) {
            try {
                EmbeddedEngine.prepare(home.path());
            } catch (Exception e) {
                LOG.error("optovik.db: cannot prepare the embedded engine: {}", e.getMessage());
            }
        }
        migrated = false;
        status = new StoreStatus(false, false, "", target.mode(), target.location(), "not checked yet");
        database = new Database(target);
    }

    /** Runs on the watcher thread only, so checks and migrations never overlap. */
    private void check() {
        Database current = database;
        if (current == null) {
            return;
        }
        DatabaseTarget target = current.target();
        StoreStatus before = status;
        StoreStatus after;
        String version = null;
        try {
            if (!migrated) {
                current.createIfMissing();
            }
            version = current.engineVersion();
            if (!migrated) {
                int applied = migrations.apply(current.pool());
                migrated = true;
                if (applied > 0) {
                    LOG.info("Applied {} schema migration(s) to {}", applied, target.location());
                }
            }
            after = new StoreStatus(true, true, version, target.mode(), target.location(), "");
        } catch (SQLException | RuntimeException e) {
            String problem = "database " + target.location() + " (" + target.mode() + ") unavailable: "
                    + oneLine(e);
            after = new StoreStatus(false, version != null, version != null ? version : before.version(),
                    target.mode(), target.location(), problem);
        }
        if (database != current) {
            return;
        }
        status = after;
        if (after.ready() && !before.ready()) {
            LOG.info("Database ready: Firebird {} {} at {}", after.version(), after.mode(), after.location());
        } else if (!after.ready() && (before.ready() || !after.problem().equals(before.problem()))) {
            LOG.error(after.problem());
        }
        if (!watcher.isShutdown()) {
            next = watcher.schedule(this::check, after.ready() ? CHECK_WHILE_UP_MS : CHECK_WHILE_DOWN_MS,
                    TimeUnit.MILLISECONDS);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    @Override
    public DataSource dataSource() {
        Database current = database;
        if (current == null) {
            throw new IllegalStateException(status.problem());
        }
        return current.pool();
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    @Override
    public void backup(Path file) throws SQLException {
        new Backups(current().target()).backup(file);
    }

    @Override
    public void restore(Path backup, String database) throws SQLException {
        new Backups(current().target()).restore(backup, database);
    }

    private Database current() throws SQLException {
        Database current = database;
        if (current == null) {
            throw new SQLException(status.problem());
        }
        return current;
    }

    @Override
    public StoreStatus status() {
        return status;
    }
}
