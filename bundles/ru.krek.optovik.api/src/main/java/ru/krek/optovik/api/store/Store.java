package ru.krek.optovik.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Optovik's database. Registered as soon as it is configured, even while the database is down:
 * callers then get an {@link SQLException} naming the problem, and {@link #status()} says why.
 */
@ProviderType
public interface Store {

    /** Pooled connections in the UTF8 connection charset, auto-commit on. */
    DataSource dataSource();

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws, so a
     * failure leaves nothing half-written.
     */
    <T> T inTransaction(SqlWork<T> work) throws SQLException;

    /** What the store knows of the database now; cheap, never blocks on the network. */
    StoreStatus status();

    /** A unit of work on one connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
