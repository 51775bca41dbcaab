package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogOffer;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Warehouse;
import ru.krek.optovik.api.catalog.KnownGroup;
import ru.krek.optovik.api.store.Store;

/** The catalog in Optovik's Firebird database (tables from db/002-catalog.sql). */
@Component(service = CatalogStore.class)
public final class FirebirdCatalogStore implements CatalogStore {

    /** Rows per EXECUTE BLOCK at most; the 64 KB message usually allows fewer. */
    static final int MAX_BLOCK_ROWS = 256;

    private final Store store;
    private final Clock clock;
    private final int maxBlockRows;

    @Activate
    public FirebirdCatalogStore(@Reference Store store) {
        this(store, Clock.systemUTC(), MAX_BLOCK_ROWS);
    }

    FirebirdCatalogStore(Store store, Clock clock, int maxBlockRows) {
        this.store = store;
        this.clock = clock;
        this.maxBlockRows = maxBlockRows;
    }

    @Override
    public CatalogImport begin(ImportSource source, Duration wait) throws CatalogImportException {
        Connection transaction = null;
        try {
            DataSource dataSource = store.dataSource();
            RunLog runLog = new RunLog(dataSource);
            transaction = dataSource.getConnection();
            transaction.setAutoCommit(false);
            Instant started = clock.instant();
            if (!ImportLock.acquire(transaction, wait, started)) {
                String holder = runLog.running().map(r -> " (run " + r.id() + " since " + r.started() + ", "
                        + r.source().origin() + ": " + r.source().description() + ")").orElse("");
                throw new CatalogImportException("another import is running" + holder + "; waited " + seconds(wait));
            }
            long runId = runLog.start(source, started);
            runLog.abandonOthers(runId, started);
            new Sql(transaction).update("update import_lock set run_id = ? where id = 1", runId);
            return new StagedImport(runId, source, started, transaction, runLog, clock, maxBlockRows, dataSource);
        } catch (SQLException | RuntimeException e) {
            release(transaction);
            throw new CatalogImportException("the catalog database is unavailable: " + e.getMessage(), e);
        } catch (CatalogImportException e) {
            release(transaction);
            throw e;
        }
    }

    @Override
    public CatalogStats stats() throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).stats(new RunLog(store.dataSource()).run(null).orElse(null)));
    }

    @Override
    public List<ImportRun> runs(int limit) throws CatalogImportException {
        return query(c -> new RunLog(store.dataSource()).runs(limit));
    }

    @Override
    public Optional<ImportRun> run(Long id) throws CatalogImportException {
        return query(c -> new RunLog(store.dataSource()).run(id));
    }

    @Override
    public List<CatalogGroup> groups() throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).groups());
    }

    @Override
    public List<KnownGroup> knownGroups() throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).knownGroups());
    }

    @Override
    public List<PriceType> priceTypes() throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).priceTypes());
    }

    @Override
    public List<Warehouse> warehouses() throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).warehouses());
    }

    @Override
    public long state() throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).state());
    }

    @Override
    public void offers(Collection<String> groupIds, String priceTypeId, Consumer<? super CatalogOffer> each)
            throws CatalogImportException {
        // not through query(): a runtime exception of the consumer is the caller's, not the database's
        try (Connection c = store.dataSource().getConnection()) {
            new OfferListing(c).stream(groupIds, priceTypeId, each);
        } catch (SQLException e) {
            throw new CatalogImportException("the catalog database is unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public List<CatalogChange> changes(long runId) throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).changes(runId));
    }

    @Override
    public Map<String, SortedSet<String>> changeGroups(long runId) throws CatalogImportException {
        return query(c -> new CatalogQueries(new Sql(c)).changeGroups(runId));
    }

    private <T> T query(Store.SqlWork<T> work) throws CatalogImportException {
        try (Connection c = store.dataSource().getConnection()) {
            return work.run(c);
        } catch (SQLException | RuntimeException e) {
            throw new CatalogImportException("the catalog database is unavailable: " + e.getMessage(), e);
        }
    }

    private static String seconds(Duration wait) {
        return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
    }

    private static void release(Connection transaction) {
        if (transaction != null) {
            try (Connection c = transaction) {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is gone; nothing was written on it
            }
        }
    }
}
