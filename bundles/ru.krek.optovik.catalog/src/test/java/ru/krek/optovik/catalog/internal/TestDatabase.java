package ru.krek.optovik.catalog.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.firebirdsql.ds.FBSimpleDataSource;
import org.firebirdsql.gds.impl.GDSType;
import org.firebirdsql.management.FBManager;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.api.store.StoreStatus;

/**
 * A fresh Firebird database migrated with the workspace's db/changelog.xml, as the store migrates
 * it: embedded in a temporary folder, or on the server run/test starts (OPTOVIK_TEST_FB_DIR and
 * OPTOVIK_TEST_FB_PASSWORD), and a plain {@link Store} over a small pool of it.
 */
final class TestDatabase implements Store, AutoCloseable {

    static final String SERVER_DIR = System.getenv("OPTOVIK_TEST_FB_DIR");
    static final String SERVER_PASSWORD = System.getenv("OPTOVIK_TEST_FB_PASSWORD");
    private static final String USER = "SYSDBA";

    private final boolean embedded;
    private final String path;
    private final String password;
    private final HikariDataSource pool;

    static boolean serverAvailable() {
        return SERVER_DIR != null && !SERVER_DIR.isBlank() && SERVER_PASSWORD != null && !SERVER_PASSWORD.isBlank();
    }

    static TestDatabase embedded(Path folder) throws Exception {
        return embeddedBefore(folder, null);
    }

    /** Migrated up to the change set {@code changeSetId}, not including it (null: all of them). */
    static TestDatabase embeddedBefore(Path folder, String changeSetId) throws Exception {
        Files.createDirectories(folder);
        return new TestDatabase(true, folder.resolve("catalog.fdb").toString(), "masterkey", changeSetId);
    }

    static TestDatabase server() throws Exception {
        return new TestDatabase(false, SERVER_DIR + "/catalog-test-" + System.nanoTime() + ".fdb", SERVER_PASSWORD, null);
    }

    private TestDatabase(boolean embedded, String path, String password, String stopBefore) throws Exception {
        this.embedded = embedded;
        this.path = path;
        this.password = password;
        try (FBManager manager = manager()) {
            manager.createDatabase(path, USER, password);
        }
        FBSimpleDataSource firebird = new FBSimpleDataSource();
        firebird.setType(embedded ? "EMBEDDED" : "PURE_JAVA");
        if (!embedded) {
            firebird.setServerName("127.0.0.1");
            firebird.setPortNumber(3050);
        }
        firebird.setDatabaseName(path);
        firebird.setUser(USER);
        firebird.setPassword(password);
        firebird.setEncoding("UTF8");
        if (Integer.getInteger("optovik.test.pages", 0) > 0) {
            firebird.setPageCacheSize(Integer.getInteger("optovik.test.pages"));
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(firebird);
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(0);
        this.pool = new HikariDataSource(config);
        migrate(pool, stopBefore);
    }

    /** Applies the change sets not applied yet, as the store does at start after an upgrade. */
    void migrate() throws Exception {
        migrate(pool, null);
    }

    private FBManager manager() throws Exception {
        FBManager manager = new FBManager(GDSType.getType(embedded ? "EMBEDDED" : "PURE_JAVA"));
        if (!embedded) {
            manager.setServer("127.0.0.1");
            manager.setPort(3050);
        }
        manager.setDefaultCharacterSet("UTF8");
        manager.setPageSize(16384);
        manager.setForceWrite(!Boolean.getBoolean("optovik.test.nosync"));
        manager.start();
        return manager;
    }

    private static void migrate(DataSource dataSource, String stopBefore) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(Map.of("liquibase.analytics.enabled", Boolean.FALSE, "liquibase.showBanner", Boolean.FALSE), () -> {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                try (Liquibase liquibase = new Liquibase("db/changelog.xml",
                        new ClassLoaderResourceAccessor(TestDatabase.class.getClassLoader()), database)) {
                    if (stopBefore == null) {
                        liquibase.update(new Contexts(), new LabelExpression());
                    } else {
                        List<String> ids = liquibase.getDatabaseChangeLog().getChangeSets().stream().map(c -> c.getId()).toList();
                        if (!ids.contains(stopBefore)) {
                            throw new IllegalArgumentException("no change set " + stopBefore + " in " + ids);
                        }
                        liquibase.update(ids.indexOf(stopBefore), new Contexts(), new LabelExpression());
                    }
                }
            });
        }
    }

    String mode() {
        return embedded ? "embedded" : "server";
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    @Override
    public StoreStatus status() {
        return new StoreStatus(true, true, "3", mode(), path, "");
    }

    @Override
    public void close() throws Exception {
        pool.close();
        try (FBManager manager = manager()) {
            manager.dropDatabase(path, USER, password);
        }
    }
}
