package ru.krek.optovik.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.firebirdsql.ds.FBSimpleDataSource;
import org.firebirdsql.gds.impl.GDSType;
import org.firebirdsql.management.FBMaintenanceManager;
import org.firebirdsql.management.FBManager;

/** One configured database: its connection pool, and how to create and inspect it. */
final class Database implements AutoCloseable {

    private static final String CHARSET = "UTF8";
    private static final int PAGE_SIZE = 16384;
    /**
     * Pages an embedded database keeps in memory: 128 MB, where the engine's default 2048 is 32 MB. A
     * first import of 100k offers took 23.8 s against 27.2 s in a paired run; a server database is the
     * server administrator's to tune (gfix -buffers, DefaultDbCachePages).
     */
    static final int CACHE_PAGES = 8192;
    private final DatabaseTarget target;
    private final HikariDataSource pool;

    Database(DatabaseTarget target) {
        this.target = target;
        FBSimpleDataSource firebird = new FBSimpleDataSource();
        firebird.setType(target.embedded() ? "EMBEDDED" : "PURE_JAVA");
        if (!target.embedded()) {
            firebird.setServerName(target.host());
            firebird.setPortNumber(target.port());
        }
        firebird.setDatabaseName(target.path());
        firebird.setUser(target.user());
        firebird.setPassword(target.password());
        firebird.setEncoding(CHARSET);
        firebird.setConnectTimeout(5);

        HikariConfig config = new HikariConfig();
        config.setPoolName("optovik-db");
        config.setDataSource(firebird);
        config.setMaximumPoolSize(target.poolSize());
        // None until createIfMissing: the pool would try a missing embedded file, whose attach falls
        // through to a local server, and back off while the file is being made.
        config.setMinimumIdle(0);
        // A database that is down must not stop the pool from starting: it connects when it can.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(3_000);
        this.pool = new HikariDataSource(config);
    }

    HikariDataSource pool() {
        return pool;
    }

    DatabaseTarget target() {
        return target;
    }

    /**
     * Creates the database file when there is none yet. An attach to a missing embedded file would
     * otherwise fall through to a local server, if one runs. A new embedded database is made under
     * another name and moved into place once its page cache is set, so whatever attaches as soon as
     * the file is there opens it with that cache.
     */
    void createIfMissing() throws SQLException {
        makeIfMissing();
        // One connection kept from now on: an embedded engine drops its page cache when the last one closes.
        pool.getHikariConfigMXBean().setMinimumIdle(1);
    }

    private void makeIfMissing() throws SQLException {
        if (!target.embedded()) {
            try (FBManager manager = manager(GDSType.getType("PURE_JAVA"))) {
                if (!manager.isDatabaseExists(target.path(), target.user(), target.password())) {
                    manager.createDatabase(target.path(), target.user(), target.password());
                }
            } catch (Exception e) {
                throw creating(e);
            }
            return;
        }
        Path file = Path.of(target.path());
        if (Files.exists(file)) {
            return;
        }
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(fresh); // left by a start that died half-way
            try (FBManager manager = manager(GDSType.getType("EMBEDDED"))) {
                manager.createDatabase(fresh.toString(), target.user(), target.password());
            }
            FBMaintenanceManager maintenance = new FBMaintenanceManager(GDSType.getType("EMBEDDED"));
            maintenance.setDatabase(fresh.toString());
            maintenance.setUser(target.user());
            maintenance.setPassword(target.password());
            maintenance.setDefaultCacheBuffer(CACHE_PAGES);
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            throw creating(e);
        }
    }

    private FBManager manager(GDSType type) throws Exception {
        FBManager manager = new FBManager(type);
        if (!target.embedded()) {
            manager.setServer(target.host());
            manager.setPort(target.port());
        }
        manager.setDefaultCharacterSet(CHARSET);
        manager.setPageSize(PAGE_SIZE);
        manager.start();
        return manager;
    }

    private SQLException creating(Exception e) {
        return e instanceof SQLException sql ? sql
                : new SQLException("cannot create the database " + target.location() + ": " + e.getMessage(), e);
    }

    /** The engine version, which also proves the database answers. */
    String engineVersion() throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select rdb$get_context('SYSTEM', 'ENGINE_VERSION') from rdb$database")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
