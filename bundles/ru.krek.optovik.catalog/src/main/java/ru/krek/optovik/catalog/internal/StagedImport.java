package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.FileKind;
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
    private final FullFiles full = new FullFiles();
    private final List<String> fileNames = new ArrayList<>();
    private final Set<String> schemaVersions = new LinkedHashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private long warningCount;
    private long groups;
    private long products;
    private long offers;
    private long prices;
    private int groupOrder;
    private ExchangeDocument document;
    private Limits limits;
    private DocumentFacts facts;
    /** The first bad item met while reading: the import cannot be committed. */
    private String problem;
    private State state = State.OPEN;
    private ImportRun result;

    /** What one file turned out to carry, known at its end. */
    private static final class DocumentFacts {
        int products;
        int groups;
        boolean prices;
        boolean stock;
    }

    StagedImport(long runId, ImportSource source, java.time.Instant started, Connection transaction, RunLog runLog,
            Clock clock, int maxRows) {
        this.runId = runId;
        this.source = source;
        this.started = started;
        this.transaction = transaction;
        this.runLog = runLog;
        this.clock = clock;
        this.writer = new Writer(transaction, runId);
        this.staging = new Staging(writer, maxRows);
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
        open();
        try {
            stageDocumentStart(document);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    private void stageDocumentStart(ExchangeDocument document) {
        if (fileNames.size() == Short.MAX_VALUE) {
            throw new IllegalArgumentException("an exchange of more than " + Short.MAX_VALUE + " files");
        }
        this.document = document;
        this.limits = new Limits(document.fileName());
        this.facts = new DocumentFacts();
        fileNames.add(document.fileName());
        schemaVersions.add(document.schemaVersion());
    }

    @Override
    public void onGroup(Group group) {
        open();
        try {
            stageGroup(group);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    private void stageGroup(Group group) {
        String id = limits.text(group.id(), Limits.ID, "группа", group.id(), "Ид");
        staging.group(id, limits.text(group.parentId(), Limits.ID, "группа", id, "Ид родителя"),
                limits.text(group.name(), Limits.NAME, "группа", id, "Наименование"), groupOrder++, group.deleted());
        groups++;
        facts.groups++;
    }

    @Override
    public void onPriceType(PriceType priceType) {
        open();
        try {
            stagePriceType(priceType);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    private void stagePriceType(PriceType priceType) {
        String id = limits.text(priceType.id(), Limits.ID, "тип цены", priceType.id(), "Ид");
        String name = limits.text(priceType.name(), Limits.NAME, "тип цены", id, "Наименование");
        String currency = limits.text(priceType.currency(), Limits.CURRENCY, "тип цены", id, "Валюта");
        writer.submit(c -> new Sql(c).update("update or insert into catalog_price_type (id, name, currency, vat_included) "
                + "values (?, ?, ?, ?) matching (id)", id, name, currency, priceType.vatIncluded()));
    }

    @Override
    public void onWarehouse(Warehouse warehouse) {
        open();
        try {
            stageWarehouse(warehouse);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    private void stageWarehouse(Warehouse warehouse) {
        String id = limits.text(warehouse.id(), Limits.ID, "склад", warehouse.id(), "Ид");
        String name = limits.text(warehouse.name(), Limits.NAME, "склад", id, "Наименование");
        writer.submit(c -> new Sql(c).update("update or insert into catalog_warehouse (id, name) values (?, ?) matching (id)",
                id, name));
    }

    @Override
    public void onProduct(Product p) {
        open();
        try {
            stageProduct(p);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    private void stageProduct(Product p) {
        String item = "товар";
        String id = limits.text(p.id(), Limits.ID, item, p.id(), "Ид");
        Integer groupsFile = !document.changesOnly() || !p.groupIds().isEmpty() ? fileNames.size() : null;
        staging.product(id, limits.text(document.catalogId(), Limits.ID, item, id, "ИдКаталога"),
                limits.text(p.article(), Limits.ARTICLE, item, id, "Артикул"),
                limits.text(p.name(), Limits.NAME, item, id, "Наименование"),
                limits.text(p.unit(), Limits.UNIT, item, id, "БазоваяЕдиница"),
                limits.text(p.manufacturer(), Limits.MANUFACTURER, item, id, "Изготовитель"),
                limits.text(p.barcode(), Limits.BARCODE, item, id, "Штрихкод"), p.deleted(), document.changesOnly(), groupsFile);
        for (String group : new LinkedHashSet<>(p.groupIds())) {
            staging.productGroup(id, limits.text(group, Limits.ID, item, id, "Группы/Ид"), fileNames.size());
        }
        products++;
        facts.products++;
    }

    @Override
    public void onOffer(Offer o) {
        open();
        try {
            stageOffer(o);
        } catch (IllegalArgumentException e) {
            throw refuse(e.getMessage());
        }
    }

    private void stageOffer(Offer o) {
        String item = "предложение";
        String id = limits.text(o.id(), Limits.ID, item, o.id(), "Ид");
        int file = fileNames.size();
        boolean stockKnown = o.stock().total() != null;
        staging.offer(id, limits.text(o.productId(), Limits.ID, item, id, "Ид товара"),
                limits.text(document.catalogId(), Limits.ID, item, id, "ИдКаталога"),
                limits.text(o.name(), Limits.NAME, item, id, "Наименование"),
                limits.text(o.article(), Limits.ARTICLE, item, id, "Артикул"),
                limits.text(o.unit(), Limits.UNIT, item, id, "БазоваяЕдиница"),
                limits.text(characteristics(o), Limits.CHARACTERISTICS, item, id, "ХарактеристикиТовара"),
                limits.decimal(o.stock().total(), item, id, "Количество"), stockKnown ? file : null, o.deleted());
        for (var price : o.prices()) {
            staging.price(id, limits.text(price.priceTypeId(), Limits.ID, item, id, "ИдТипаЦены"),
                    limits.decimal(price.amount(), item, id, "ЦенаЗаЕдиницу"),
                    limits.text(price.currency(), Limits.CURRENCY, item, id, "Валюта"),
                    limits.text(price.unit(), Limits.UNIT, item, id, "Единица"),
                    limits.decimal(price.coefficient(), item, id, "Коэффициент"), file);
            prices++;
            facts.prices = true;
        }
        if (stockKnown) {
            facts.stock = true;
            o.stock().byWarehouse().forEach((warehouse, quantity) -> staging.stock(id,
                    limits.text(warehouse, Limits.ID, item, id, "ИдСклада"), limits.decimal(quantity, item, id, "КоличествоНаСкладе"),
                    file));
        }
        offers++;
    }

    /** Characteristics as one line; a prices or rests file that lists none says nothing about them. */
    private String characteristics(Offer o) {
        if (o.characteristics().isEmpty()) {
            return document.kind() == FileKind.OFFERS && !document.changesOnly() ? "" : null;
        }
        StringBuilder text = new StringBuilder();
        o.characteristics().forEach((k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
        return text.toString();
    }

    @Override
    public void onDocumentEnd() {
        open();
        if (document.changesOnly()) {
            return;
        }
        String catalog = document.catalogId();
        switch (document.kind()) {
            case CATALOG -> {
                // A classifier-only file names no products: it says nothing about which are gone.
                if (catalog != null && facts.products > 0) {
                    full.catalogs.add(catalog);
                }
                full.classifier |= facts.groups > 0;
            }
            case OFFERS -> {
                full.offers.add(catalog);
                addIf(facts.prices, full.prices, catalog);
                addIf(facts.stock, full.stock, catalog);
            }
            case PRICES -> addIf(facts.prices, full.prices, catalog);
            case RESTS -> addIf(facts.stock, full.stock, catalog);
        }
    }

    private static void addIf(boolean carried, Scope scope, String catalog) {
        if (carried) {
            scope.add(catalog);
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
            staging.flush();
            writer.drain();
            Apply apply = new Apply(new Sql(transaction), runId, fileNames);
            apply.checkReferences();
            orphans = apply.apply(full, this::warn);
            changes = apply.changes();
            staging.close();
            transaction.commit();
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
        return new ImportCounts(fileNames.size(), groups, products + orphans, offers, prices, changes, warningCount);
    }

    private ImportRun record(ImportRun.Status status, ImportCounts counts, String error) {
        String versions = schemaVersions.isEmpty() ? null : String.join(", ", schemaVersions);
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
