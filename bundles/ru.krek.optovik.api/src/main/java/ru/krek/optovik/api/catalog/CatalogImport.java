package ru.krek.optovik.api.catalog;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One exchange on its way into the catalog: a {@link CatalogSink} that takes every file of the
 * exchange in turn (catalog files before offer, price and rest files), then is committed as one
 * transaction. A run is recorded from the start, so a failed or abandoned exchange leaves its reason
 * in {@link CatalogStore#runs} while the catalog stays exactly as it was.
 */
@ProviderType
public interface CatalogImport extends CatalogSink, AutoCloseable {

    /** The run this exchange is recorded as. */
    long runId();

    /** A problem that does not stop the import (1C sent it anyway), kept with the run. */
    void warn(String message);

    /**
     * Applies the whole exchange, records its changes and marks the run succeeded.
     *
     * @throws CatalogImportException the exchange contradicts itself or the catalog (an unknown price
     *                                type or warehouse, a group cycle); nothing was changed and the run
     *                                is failed with that reason
     */
    ImportRun commit() throws CatalogImportException;

    /** Discards everything delivered and marks the run failed with the reason (file, line, element). */
    ImportRun fail(String reason);

    /** Fails the run as abandoned unless it was committed or failed already. */
    @Override
    void close();
}
