package ru.krek.optovik.api.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The imported catalog in the database: takes exchanges in, and answers what is there and what each
 * import changed.
 */
@ProviderType
public interface CatalogStore {

    /**
     * Starts one exchange. Everything delivered to the returned import is applied in one transaction
     * when {@link CatalogImport#commit()} is called, or not at all. Only one import runs at a time
     * across every process sharing the database.
     *
     * @param wait how long to wait for an import already running elsewhere to finish
     * @throws CatalogImportException another import holds the lock after {@code wait}, or the database
     *                                cannot be reached; the message says which
     */
    CatalogImport begin(ImportSource source, Duration wait) throws CatalogImportException;

    /** Counts of what is present now, and the last import. */
    CatalogStats stats() throws CatalogImportException;

    /** The most recent import runs, newest first. */
    List<ImportRun> runs(int limit) throws CatalogImportException;

    /** One run by id, or the last one when {@code id} is null. */
    Optional<ImportRun> run(Long id) throws CatalogImportException;

    /** The groups present now (not gone, not deleted), in the order 1C sent them. */
    List<CatalogGroup> groups() throws CatalogImportException;

    /**
     * Every group the catalog has ever held, gone ones included and marked, in the order 1C sent them;
     * the present ones are those of {@link #groups()}.
     *
     * @since 1.3
     */
    List<KnownGroup> knownGroups() throws CatalogImportException;

    /** The price types declared, by name (since 1.3). */
    List<PriceType> priceTypes() throws CatalogImportException;

    /** What one run changed, in a stable order (kind, then offer id, then price type). */
    List<CatalogChange> changes(long runId) throws CatalogImportException;
}
