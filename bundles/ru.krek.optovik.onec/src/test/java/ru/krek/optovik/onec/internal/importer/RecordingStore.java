package ru.krek.optovik.onec.internal.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.onec.testing.EmptyCatalogStore;

/** A store that only remembers what the importer did to it: which files in which order, commit or fail. */
public final class RecordingStore extends EmptyCatalogStore {

    /** Set to make begin() refuse, as a store does while another import holds the lock. */
    public String busy;
    /** Set to make commit() refuse, as a store does for an unknown price type. */
    public String commitRefusal;
    public final List<Recorded> imports = new ArrayList<>();
    private final List<ImportRun> runs = new ArrayList<>();

    /** One begin() and what followed. */
    public static final class Recorded implements CatalogImport {
        public final long id;
        public final ImportSource source;
        public final List<ExchangeDocument> documents = new ArrayList<>();
        public int groups;
        public int products;
        public int offers;
        public int ended;
        public boolean committed;
        public String failed;
        public boolean closed;
        private final RecordingStore store;

        Recorded(long id, ImportSource source, RecordingStore store) {
            this.id = id;
            this.source = source;
            this.store = store;
        }

        public List<String> fileNames() {
            return documents.stream().map(ExchangeDocument::fileName).toList();
        }

        @Override
        public void onDocumentStart(ExchangeDocument document) {
            documents.add(document);
        }

        @Override
        public void onGroup(Group group) {
            groups++;
        }

        @Override
        public void onProduct(Product product) {
            products++;
        }

        @Override
        public void onOffer(Offer offer) {
            offers++;
        }

        @Override
        public void onDocumentEnd() {
            ended++;
        }

        @Override
        public long runId() {
            return id;
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public ImportRun commit() throws CatalogImportException {
            if (store.commitRefusal != null) {
                store.record(run(ImportRun.Status.FAILED, store.commitRefusal));
                failed = store.commitRefusal;
                throw new CatalogImportException(store.commitRefusal);
            }
            committed = true;
            return store.record(run(ImportRun.Status.SUCCEEDED, null));
        }

        @Override
        public ImportRun fail(String reason) {
            failed = reason;
            return store.record(run(ImportRun.Status.FAILED, reason));
        }

        @Override
        public void close() {
            closed = true;
        }

        private ImportRun run(ImportRun.Status status, String error) {
            ImportCounts counts = new ImportCounts(documents.size(), groups, products, offers, 0, 0, 0);
            return new ImportRun(id, source, null, status, Instant.EPOCH, Instant.EPOCH.plusMillis(1500), counts,
                    List.of(), error);
        }
    }

    @Override
    public CatalogImport begin(ImportSource source, Duration wait) throws CatalogImportException {
        if (busy != null) {
            throw new CatalogImportException(busy);
        }
        Recorded recorded = new Recorded(imports.size() + 1, source, this);
        imports.add(recorded);
        return recorded;
    }

    public Recorded last() {
        return imports.get(imports.size() - 1);
    }

    private ImportRun record(ImportRun run) {
        runs.add(run);
        return run;
    }

    @Override
    public List<ImportRun> runs(int limit) {
        return List.copyOf(runs);
    }

    @Override
    public Optional<ImportRun> run(Long id) {
        return runs.stream().filter(r -> id == null || r.id() == id).reduce((a, b) -> b);
    }
}
