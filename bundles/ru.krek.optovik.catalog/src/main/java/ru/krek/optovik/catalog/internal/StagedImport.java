package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.api.catalog.Warehouse;

/**
 * One exchange: every file is staged as it is read (on the import's transaction, which holds the
 * import lock), then {@link #commit()} applies it all and commits once. Anything else rolls the
 * transaction back, so the catalog is exactly as before, and the run is recorded failed.
 */
final class StagedImport implements CatalogImport {

    private static final Logger LOG = LoggerFactory.getLogger(StagedImport.class);

    private enum State { OPEN, COMMITTED, FAILED }

    private final long runId;
    private final ImportSource source;
    private final java.time.Instant started;
    private final Connection transaction;
    private final RunLog runLog;
    private final Clock clock;
    private final Writer writer;
    private final Staging staging;
    private final Receiver receiver;
    private final Lookup lookup;
    private final Timing timing = new Timing();
    private final Timing.Mark begun = Timing.start();
    private final List<String> warnings = new ArrayList<>();
    private long warningCount;
    /** The first bad item met while reading: the import cannot be committed. */
    private String problem;
    private State state = State.OPEN;
    private ImportRun result;

    StagedImport(long runId, ImportSource source, java.time.Instant started, Connection transaction, RunLog runLog,
            Clock clock, int maxRows, javax.sql.DataSource dataSource) {
        this.runId = runId;
        this.source = source;
        this.started = started;
        this.transaction = transaction;
        this.runLog = runLog;
        this.clock = clock;
        this.writer = new Writer(transaction, runId, timing);
        this.lookup = new Lookup(dataSource, timing);
        this.staging = new Staging(writer, maxRows, runId, new OfferNumbers(lookup));
        this.receiver = new Receiver(writer, staging, lookup);
    }

    @Override
    public long runId() {
        return runId;
    }

    @Override
    public synchronized void warn(String message) {
        warningCount++;
        if (warnings.size() < RunLog.KEPT_WARNINGS) {
            warnings.add(message);
        }
    }

    @Override
    public void onDocumentStart(ExchangeDocument document) {
        receive(() -> receiver.onDocumentStart(document));
    }

    @Override
    public void onGroup(Group group) {
        receive(() -> receiver.onGroup(group));
    }

    @Override
    public void onPriceType(PriceType priceType) {
        receive(() -> receiver.onPriceType(priceType));
    }

    @Override
    public void onWarehouse(Warehouse warehouse) {
        receive(() -> receiver.onWarehouse(warehouse));
    }

    @Override
    public void onProduct(Product p) {
        receive(() -> receiver.onProduct(p));
    }

    @Override
    public void onOffer(Offer o) {
        receive(() -> receiver.onOffer(o));
    }

    @Override
    public void onDocumentEnd() {
        receive(receiver::onDocumentEnd);
    }

    /** A value that does not fit stops the reader and leaves the import uncommittable. */
    private void receive(Runnable item) {
        open();
        try {
            item.run();
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    @Override
    public ImportRun commit() throws CatalogImportException {
        if (state != State.OPEN) {
            throw new IllegalStateException("run " + runId + " is already " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (problem != null) {
            throw new CatalogImportException(fail(problem).error());
        }
        long orphans;
        long changes;
        try {
            timing.stop("reader (thread total)", begun, receiver.offers);
            receiver.flush();
            Timing.Mark draining = Timing.start();
            writer.drain();
            timing.stop("reader waits for last rows", draining, 0);
            Apply apply = new Apply(new Sql(transaction, timing), runId, receiver.fileNames);
            apply.checkReferences(staging.newOffers);
            orphans = apply.apply(receiver.full, staging.newOffers, staging.newProducts, this::warn);
            changes = apply.changes();
            staging.close();
            Timing.Mark committing = Timing.start();
            transaction.commit();
            timing.stop("commit", committing, 0);
            if (LOG.isDebugEnabled()) {
                LOG.debug("run {}: where the time went{}", runId, timing.report());
            }
        } catch (CatalogImportException e) {
            fail(e.getMessage());
            throw e;
        } catch (SQLException | RuntimeException e) {
            String reason = "the catalog could not be updated: " + e.getMessage();
            fail(reason);
            throw new CatalogImportException(reason, e);
        }
        state = State.COMMITTED;
        release();
        return record(ImportRun.Status.SUCCEEDED, counts(orphans, changes), null);
    }

    @Override
    public synchronized ImportRun fail(String reason) {
        if (state != State.OPEN) {
            return result;
        }
        state = State.FAILED;
        try {
            writer.drain();
        } catch (SQLException e) {
            LOG.debug("run {}: staging had failed too: {}", runId, e.getMessage());
        }
        try {
            transaction.rollback();
        } catch (SQLException e) {
            LOG.warn("run {}: rollback failed: {}", runId, e.getMessage());
        }
        release();
        return record(ImportRun.Status.FAILED, counts(0, 0), reason == null || reason.isBlank() ? "failed" : reason);
    }

    @Override
    public void close() {
        if (state == State.OPEN) {
            fail("abandoned: the import was closed without being committed");
        }
    }

    private void release() {
        writer.close();
        lookup.close();
        try {
            staging.close();
        } catch (SQLException e) {
            LOG.debug("run {}: closing statements: {}", runId, e.getMessage());
        }
        try {
            transaction.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("run {}: {}", runId, e.getMessage());
        }
        try {
            transaction.close();
        } catch (SQLException e) {
            LOG.debug("run {}: closing the connection: {}", runId, e.getMessage());
        }
    }

    private synchronized ImportCounts counts(long orphans, long changes) {
        return new ImportCounts(receiver.fileNames.size(), receiver.groups, receiver.products + orphans, receiver.offers,
                receiver.prices, changes, warningCount);
    }

    private ImportRun record(ImportRun.Status status, ImportCounts counts, String error) {
        String versions = receiver.schemaVersions.isEmpty() ? null : String.join(", ", receiver.schemaVersions);
        List<String> kept;
        synchronized (this) {
            kept = List.copyOf(warnings);
        }
        java.time.Instant finished = clock.instant();
        try {
            runLog.finish(runId, status, versions, counts, kept, error, finished);
            result = runLog.run(runId).orElseThrow();
        } catch (SQLException | RuntimeException e) {
            LOG.error("run {} ended {} but could not be recorded: {}", runId, status.word(), e.getMessage());
            result = new ImportRun(runId, source, versions, status, started, finished, counts, kept, error);
        }
        return result;
    }

    private void open() {
        if (state != State.OPEN) {
            throw new IllegalStateException("run " + runId + " is already " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Remembers the first bad item, so the import can be committed by no one, and stops the reader. */
    private IllegalArgumentException refuse(String what) {
        if (problem == null) {
            problem = what;
        }
        return new IllegalArgumentException(what);
    }
}
