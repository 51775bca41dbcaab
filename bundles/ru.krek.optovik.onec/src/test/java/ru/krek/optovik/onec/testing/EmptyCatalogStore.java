package ru.krek.optovik.onec.testing;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogOffer;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.catalog.KnownGroup;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Warehouse;

/**
 * A test store with nothing in it: lists are empty, begin() and stats() refuse. The fakes of the importer's
 * tests and of the catalog commands' tests (via the onec test-jar) override only what they exercise.
 */
public class EmptyCatalogStore implements CatalogStore {

    @Override
    public CatalogImport begin(ImportSource source, Duration wait) throws CatalogImportException {
        throw new UnsupportedOperationException();
    }

    @Override
    public CatalogStats stats() throws CatalogImportException {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ImportRun> runs(int limit) throws CatalogImportException {
        return List.of();
    }

    @Override
    public Optional<ImportRun> run(Long id) throws CatalogImportException {
        return Optional.empty();
    }

    @Override
    public List<CatalogGroup> groups() {
        return List.of();
    }

    @Override
    public List<KnownGroup> knownGroups() {
        return List.of();
    }

    @Override
    public List<PriceType> priceTypes() {
        return List.of();
    }

    @Override
    public List<Warehouse> warehouses() {
        return List.of();
    }

    @Override
    public long state() throws CatalogImportException {
        return 0;
    }

    @Override
    public void offers(Collection<String> groupIds, String priceTypeId, Consumer<? super CatalogOffer> each) {
        // no offers
    }

    @Override
    public List<CatalogChange> changes(long runId) throws CatalogImportException {
        return List.of();
    }

    @Override
    public Map<String, SortedSet<String>> changeGroups(long runId) throws CatalogImportException {
        return Map.of();
    }
}
