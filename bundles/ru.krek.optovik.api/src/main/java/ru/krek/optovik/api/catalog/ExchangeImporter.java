package ru.krek.optovik.api.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports 1C exchanges: the one service behind `catalog:import`, the drop folder and 1C's HTTP
 * exchange, so every entry point reads, orders and refuses files the same way.
 */
@ProviderType
public interface ExchangeImporter {

    /**
     * Imports files as one exchange: XML files, zip archives of them, or folders holding either.
     * Files are recognised by content and applied catalog first, then offers, prices and rests.
     *
     * @param wait how long to wait for another import to finish
     * @return the run, succeeded or failed (a failed run names the file, line and element)
     * @throws CatalogImportException no run could be started: another import is running, or the
     *                                database is unreachable
     */
    ImportRun importFiles(List<Path> paths, ImportSource source, Duration wait) throws CatalogImportException;
}
