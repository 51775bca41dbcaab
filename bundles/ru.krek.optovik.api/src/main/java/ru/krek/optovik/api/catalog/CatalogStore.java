package ru.krek.optovik.api.catalog;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;
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

    /** The price types declared, by name (since 1.3). */
    List<PriceType> priceTypes() throws CatalogImportException;

    /** The warehouses declared, by name (since 1.3). */
    List<Warehouse> warehouses() throws CatalogImportException;

    /**
     * The id of the last successful import: the catalog changes only when one succeeds, so this names
     * its state (0 before the first). Since 1.3.
     */
    long state() throws CatalogImportException;

    /**
     * Gives the present offers of groups, subgroups included, each with its price in one price type,
     * read in one query and held in memory for the ordering (since 1.3). Order: groups in catalog order ({@link #groups()}), then offers by name
     * and Ид within a group. A product in several of the groups comes once per group.
     *
     * @param groupIds    group Ид's whose offers to give, their subgroups included; empty = every group
     * @param priceTypeId the price type whose price each offer carries ({@link CatalogOffer#price()} null
     *                    when the offer has none in it)
     * @param each        takes every offer, in order, on the calling thread; a runtime exception it throws
     *                    stops the stream and reaches the caller unchanged
     */
    void offers(Collection<String> groupIds, String priceTypeId, Consumer<? super CatalogOffer> each)
            throws CatalogImportException;

    /**
     * Every group the catalog has ever held, gone ones included and marked, in the order 1C sent them;
     * the present ones are those of {@link #groups()}.
     *
     * @since 1.3
     */
    List<KnownGroup> knownGroups() throws CatalogImportException;

    /** What one run changed, in a stable order (kind, then offer id, then price type). */
    List<CatalogChange> changes(long runId) throws CatalogImportException;

    /**
     * The groups each offer a run changed is listed under, as its product was last delivered (also when
     * it is gone now), so notices can be sorted by the groups clients take. Since 1.4.
     *
     * @return offer Ид → its group Ид's, sorted; an offer the catalog has no group for is absent
     */
    Map<String, SortedSet<String>> changeGroups(long runId) throws CatalogImportException;
}
