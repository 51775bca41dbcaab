package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.krek.optovik.api.catalog.CatalogSink;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.api.catalog.Warehouse;

/**
 * Takes the files of one exchange item by item: checks each value fits the catalog, stages it, counts
 * it, and notes what each full file speaks for. A value that does not fit throws
 * IllegalArgumentException naming the file, the item and the field.
 */
final class Receiver implements CatalogSink {

    private final Writer writer;
    private final Staging staging;
    private final Statements statements = new Statements();
    private final Pending pendingProducts;
    private final Pending pendingOffers;
    final FullFiles full = new FullFiles();
    final List<String> fileNames = new ArrayList<>();
    final Set<String> schemaVersions = new LinkedHashSet<>();
    long groups;
    long products;
    long offers;
    long prices;
    private int groupOrder;
    private ExchangeDocument document;
    private Limits limits;
    private DocumentFacts facts;

    /** What one file turned out to carry, known at its end. */
    private static final class DocumentFacts {
        int products;
        int groups;
        boolean prices;
        boolean stock;
    }

    Receiver(Writer writer, Staging staging, Lookup lookup) {
        this.writer = writer;
        this.staging = staging;
        this.pendingProducts = new Pending(Lookup.PRODUCTS, lookup);
        this.pendingOffers = new Pending(Lookup.OFFERS, lookup);
    }

    /** Hands everything received to the writer. */
    void flush() {
        pendingProducts.flush();
        pendingOffers.flush();
        staging.flush();
    }

    @Override
    public void onDocumentStart(ExchangeDocument document) {
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
        String id = limits.text(group.id(), Limits.ID, "группа", group.id(), "Ид");
        staging.group(id, limits.text(group.parentId(), Limits.ID, "группа", id, "Ид родителя"),
                limits.text(group.name(), Limits.NAME, "группа", id, "Наименование"), groupOrder++, group.deleted());
        groups++;
        facts.groups++;
    }

    @Override
    public void onPriceType(PriceType priceType) {
        String id = limits.text(priceType.id(), Limits.ID, "тип цены", priceType.id(), "Ид");
        String name = limits.text(priceType.name(), Limits.NAME, "тип цены", id, "Наименование");
        String currency = limits.text(priceType.currency(), Limits.CURRENCY, "тип цены", id, "Валюта");
        writer.submit(c -> new Sql(c).update("update or insert into catalog_price_type (id, name, currency, vat_included) "
                + "values (?, ?, ?, ?) matching (id)", id, name, currency, priceType.vatIncluded()));
    }

    @Override
    public void onWarehouse(Warehouse warehouse) {
        String id = limits.text(warehouse.id(), Limits.ID, "склад", warehouse.id(), "Ид");
        String name = limits.text(warehouse.name(), Limits.NAME, "склад", id, "Наименование");
        writer.submit(c -> new Sql(c).update("update or insert into catalog_warehouse (id, name) values (?, ?) matching (id)",
                id, name));
    }

    @Override
    public void onProduct(Product p) {
        String item = "товар";
        String id = limits.text(p.id(), Limits.ID, item, p.id(), "Ид");
        int file = fileNames.size();
        Integer groupsFile = !document.changesOnly() || !p.groupIds().isEmpty() ? file : null;
        String catalogId = limits.text(document.catalogId(), Limits.ID, item, id, "ИдКаталога");
        String article = limits.text(p.article(), Limits.ARTICLE, item, id, "Артикул");
        String name = limits.text(p.name(), Limits.NAME, item, id, "Наименование");
        String unit = limits.text(p.unit(), Limits.UNIT, item, id, "БазоваяЕдиница");
        String manufacturer = limits.text(p.manufacturer(), Limits.MANUFACTURER, item, id, "Изготовитель");
        String barcode = limits.text(p.barcode(), Limits.BARCODE, item, id, "Штрихкод");
        List<String> groupIds = new ArrayList<>();
        for (String group : new LinkedHashSet<>(p.groupIds())) {
            groupIds.add(limits.text(group, Limits.ID, item, id, "Группы/Ид"));
        }
        boolean changesOnly = document.changesOnly();
        boolean first = statements.firstProduct(id);
        Long fp = statements.product(first, document, id, catalogId, article, name, unit, manufacturer, barcode, p.deleted(),
                groupIds);
        Runnable stageProduct = () -> staging.product(first, id, catalogId, article, name, unit, manufacturer, barcode,
                p.deleted(), changesOnly, groupsFile, fp, groupIds, file);
        Runnable newProduct = !statements.mayBeNew(first, document, FileKind.CATALOG, id, p.deleted()) ? null
                : () -> staging.newProduct(id, catalogId, article, name, unit, manufacturer, barcode, fp, groupIds);
        pendingProducts.add(id, fp, stageProduct, () -> staging.keptProduct(id), newProduct);
        products++;
        facts.products++;
    }

    @Override
    public void onOffer(Offer o) {
        String item = "предложение";
        String id = limits.text(o.id(), Limits.ID, item, o.id(), "Ид");
        int file = fileNames.size();
        boolean stockKnown = o.stock().total() != null;
        String productId = limits.text(o.productId(), Limits.ID, item, id, "Ид товара");
        String catalogId = limits.text(document.catalogId(), Limits.ID, item, id, "ИдКаталога");
        String name = limits.text(o.name(), Limits.NAME, item, id, "Наименование");
        String article = limits.text(o.article(), Limits.ARTICLE, item, id, "Артикул");
        String unit = limits.text(o.unit(), Limits.UNIT, item, id, "БазоваяЕдиница");
        String characteristics = limits.text(characteristics(o), Limits.CHARACTERISTICS, item, id, "ХарактеристикиТовара");
        BigDecimal total = limits.decimal(o.stock().total(), item, id, "Количество");
        List<Statements.PriceRow> priceRows = new ArrayList<>();
        for (var price : o.prices()) {
            priceRows.add(new Statements.PriceRow(limits.text(price.priceTypeId(), Limits.ID, item, id, "ИдТипаЦены"),
                    limits.decimal(price.amount(), item, id, "ЦенаЗаЕдиницу"),
                    limits.text(price.currency(), Limits.CURRENCY, item, id, "Валюта"),
                    limits.text(price.unit(), Limits.UNIT, item, id, "Единица"),
                    limits.decimal(price.coefficient(), item, id, "Коэффициент")));
        }
        Map<String, BigDecimal> stock = new LinkedHashMap<>();
        o.stock().byWarehouse().forEach((warehouse, quantity) -> stock.put(limits.text(warehouse, Limits.ID, item, id, "ИдСклада"),
                limits.decimal(quantity, item, id, "КоличествоНаСкладе")));
        prices += priceRows.size();
        facts.prices |= !priceRows.isEmpty();
        facts.stock |= stockKnown;
        boolean first = statements.firstOffer(id);
        Long fp = statements.offer(first, document, id, productId, name, article, unit, characteristics, o.deleted(), priceRows,
                total, stock);
        Runnable stageOffer = () -> staging.offer(first, id, productId, catalogId, name, article, unit, characteristics, total,
                stockKnown ? file : null, o.deleted(), fp, priceRows, stock, file);
        boolean mayBeNew = statements.mayBeNew(first, document, FileKind.OFFERS, id, o.deleted());
        Runnable newOffer = !mayBeNew || !staging.newOffers.accepts(catalogId) ? null
                : () -> staging.newOffer(id, productId, name, article, unit, characteristics, total, fp, priceRows, stock,
                        file);
        pendingOffers.add(id, fp, stageOffer, () -> staging.keptOffer(id, productId, fp), newOffer);
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
        pendingProducts.flush();
        pendingOffers.flush();
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
}
