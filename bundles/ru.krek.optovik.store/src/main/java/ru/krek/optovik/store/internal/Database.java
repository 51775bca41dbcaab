package ru.krek.optovik.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.firebirdsql.ds.FBSimpleDataSource;
import org.firebirdsql.gds.impl.GDSType;
import org.firebirdsql.management.FBManager;

/** One configured database: its connection pool, and how to create and inspect it. */
final class Database implements AutoCloseable {

    private static final String CHARSET = "UTF8";
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
        config.setMinimumIdle(1);
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
     * otherwise fall through to a local server, if one runs.
     */
    void createIfMissing() throws SQLException {
        if (target.embedded()) {
            Path file = Path.of(target.path());
            if (Files.exists(file)) {
                return;
            }
            try {
                Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new SQLException("cannot create the folder " + file.getParent() + ": " + e.getMessage(), e);
            }
        }
        try (FBManager manager = new FBManager(target.embedded() ? GDSType.getType("EMBEDDED") : GDSType.getType("PURE_JAVA"))) {
            if (!target.embedded()) {
                manager.setServer(target.host());
                manager.setPort(target.port());
            }
            manager.setDefaultCharacterSet(CHARSET);
            manager.setPageSize(16384);
            manager.start();
            if (target.embedded() || !manager.isDatabaseExists(target.path(), target.user(), target.password())) {
                manager.createDatabase(target.path(), target.user(), target.password());
            }
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("cannot create the database " + target.location() + ": " + e.getMessage(), e);
        }
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
