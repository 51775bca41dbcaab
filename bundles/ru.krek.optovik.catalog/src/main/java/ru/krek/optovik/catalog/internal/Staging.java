package ru.krek.optovik.catalog.internal;

import static ru.krek.optovik.catalog.internal.Column.bigint;
import static ru.krek.optovik.catalog.internal.Column.bool;
import static ru.krek.optovik.catalog.internal.Column.decimal;
import static ru.krek.optovik.catalog.internal.Column.integer;
import static ru.krek.optovik.catalog.internal.Column.smallint;
import static ru.krek.optovik.catalog.internal.Column.text;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The staging tables (global temporary, gone at commit) an exchange is loaded into before it is
 * applied in one go. A later file's row for the same item merges into the earlier one, as 1C splits
 * one offer over offers, prices and rests files; stock and group rows carry their file, so only the
 * last file that stated an item's stock or groups counts.
 *
 * <p>An item's first statement in the exchange (as {@link Seen} tells) is staged by plain inserts, about
 * half the engine's work of a merge; only a later statement merges, and its batch waits until the
 * first statements' batches of its table reached the database.
 */
final class Staging {

    private final BlockBatch groups;
    private final BlockBatch firstProducts;
    private final BlockBatch keptProducts;
    private final BlockBatch products;
    private final BlockBatch firstProductGroups;
    private final BlockBatch productGroups;
    private final BlockBatch firstOffers;
    private final BlockBatch keptOffers;
    private final BlockBatch offers;
    private final BlockBatch firstPrices;
    private final BlockBatch prices;
    private final BlockBatch firstStock;
    private final BlockBatch stock;
    final NewOffers newOffers;
    final NewProducts newProducts;
    private final List<BlockBatch> all;

    Staging(Writer writer, int maxRows, long runId, LongSupplier offerNumbers) {
        groups = new BlockBatch(writer, maxRows, """
                update or insert into stage_group (id, parent_id, name, sort_order, deleted)
                values (:id, :parent_id, :name, :sort_order, :deleted) matching (id);""",
                List.of(text("id", 40, Limits.ID), text("parent_id", 40, Limits.ID), text("name", 100, Limits.NAME),
                        integer("sort_order"), bool("deleted")));
        List<Column> productColumns = new ArrayList<>(NewProducts.FIELDS);
        productColumns.addAll(List.of(bool("deleted"), bool("changes_only"), smallint("groups_file"), bigint("fp")));
        String product = "into stage_product (id, catalog_id, article, name, unit, manufacturer, barcode, deleted, changes_only, "
                + "groups_file, kept, fp) values (:id, :catalog_id, :article, :name, :unit, :manufacturer, :barcode, :deleted, "
                + ":changes_only, :groups_file, false, :fp)";
        firstProducts = new BlockBatch(writer, maxRows, "insert " + product + ";", productColumns);
        keptProducts = new BlockBatch(writer, maxRows, """
                insert into stage_product (id, deleted, changes_only, kept) values (:id, false, false, true);""",
                List.of(text("id", 80, Limits.ID)));
        products = new BlockBatch(writer, maxRows, "update or insert " + product + " matching (id);", productColumns)
                .after(firstProducts).after(keptProducts);
        List<Column> groupColumns = List.of(text("product_id", 80, Limits.ID), text("group_id", 40, Limits.ID),
                smallint("file_no"));
        String productGroup = "into stage_product_group (product_id, group_id, file_no) values (:product_id, :group_id, :file_no)";
        firstProductGroups = new BlockBatch(writer, maxRows, "insert " + productGroup + ";", groupColumns);
        productGroups = new BlockBatch(writer, maxRows, "update or insert " + productGroup + " matching (product_id, group_id);",
                groupColumns).after(firstProductGroups);
        List<Column> offerColumns = List.of(text("id", 80, Limits.ID), text("product_id", 40, Limits.ID),
                text("catalog_id", 40, Limits.ID), text("name", 100, Limits.NAME), text("article", 40, Limits.ARTICLE),
                text("unit", 16, Limits.UNIT), text("chars", 60, Limits.CHARACTERISTICS), decimal("stock"),
                smallint("stock_file"), bool("deleted"), bigint("fp"));
        String insertOffer = """
                insert into stage_offer (id, product_id, catalog_id, name, article, unit, characteristics, stock,
                    stock_file, deleted, fp)
                values (:id, :product_id, :catalog_id, :name, :article, :unit, :chars, :stock, :stock_file, :deleted, :fp);""";
        firstOffers = new BlockBatch(writer, maxRows, insertOffer, offerColumns);
        keptOffers = new BlockBatch(writer, maxRows, """
                insert into stage_offer (id, product_id, deleted, kept, fp) values (:id, :product_id, false, true, :fp);""",
                List.of(text("id", 80, Limits.ID), text("product_id", 40, Limits.ID), bigint("fp")));
        offers = new BlockBatch(writer, maxRows, """
                update stage_offer set product_id = :product_id, catalog_id = coalesce(:catalog_id, catalog_id),
                    name = coalesce(:name, name), article = coalesce(:article, article), unit = coalesce(:unit, unit),
                    characteristics = coalesce(:chars, characteristics),
                    stock = iif(:stock_file is null, stock, :stock), stock_file = coalesce(:stock_file, stock_file),
                    deleted = (deleted or :deleted), fp = null
                where id = :id;
                if (row_count = 0) then
                """ + insertOffer, offerColumns).after(firstOffers).after(keptOffers);
        List<Column> priceColumns = List.of(text("offer_id", 80, Limits.ID), text("price_type_id", 40, Limits.ID),
                decimal("amount"), text("currency", 8, Limits.CURRENCY), text("unit", 16, Limits.UNIT), decimal("coefficient"),
                smallint("file_no"));
        String price = "into stage_price (offer_id, price_type_id, amount, currency, unit, coefficient, file_no) "
                + "values (:offer_id, :price_type_id, :amount, :currency, :unit, :coefficient, :file_no)";
        firstPrices = new BlockBatch(writer, maxRows, "insert " + price + ";", priceColumns);
        prices = new BlockBatch(writer, maxRows, "update or insert " + price + " matching (offer_id, price_type_id);",
                priceColumns).after(firstPrices);
        List<Column> stockColumns = List.of(text("offer_id", 80, Limits.ID), text("warehouse_id", 40, Limits.ID),
                decimal("quantity"), smallint("file_no"));
        String stockRow = "into stage_stock (offer_id, warehouse_id, quantity, file_no) "
                + "values (:offer_id, :warehouse_id, :quantity, :file_no)";
        firstStock = new BlockBatch(writer, maxRows, "insert " + stockRow + ";", stockColumns);
        stock = new BlockBatch(writer, maxRows, "update or insert " + stockRow + " matching (offer_id, warehouse_id);",
                stockColumns).after(firstStock);
        newOffers = new NewOffers(writer, maxRows, runId, offerNumbers);
        newProducts = new NewProducts(writer, maxRows, runId);
        all = new ArrayList<>(List.of(groups, firstProducts, keptProducts, products, firstProductGroups, productGroups,
                firstOffers, keptOffers, offers, firstPrices, prices, firstStock, stock));
        all.addAll(newOffers.batches());
        all.addAll(newProducts.batches());
    }

    void group(String id, String parentId, String name, int order, boolean deleted) {
        groups.add(id, parentId, name, order, deleted);
    }

    /** One statement of a product and its groups (distinct); {@code first} = its first in the exchange. */
    void product(boolean first, String id, String catalogId, String article, String name, String unit, String manufacturer,
            String barcode, boolean deleted, boolean changesOnly, Integer groupsFile, Long fingerprint, List<String> groupIds,
            int file) {
        (first ? firstProducts : products).add(id, catalogId, article, name, unit, manufacturer, barcode, deleted, changesOnly,
                groupsFile, fingerprint);
        BlockBatch memberships = first ? firstProductGroups : productGroups;
        groupIds.forEach(group -> memberships.add(id, group, file));
    }

    /** A product's first statement in a full catalog file when the catalog does not hold the product. */
    void newProduct(String id, String catalogId, String article, String name, String unit, String manufacturer, String barcode,
            Long fingerprint, List<String> groupIds) {
        newProducts.add(id, catalogId, article, name, unit, manufacturer, barcode, fingerprint, groupIds);
    }

    /** A product whose statement equals its stored fingerprint: named, nothing to apply. */
    void keptProduct(String id) {
        keptProducts.add(id);
    }

    /** One statement of an offer with its prices and stock; {@code first} = its first in the exchange. */
    void offer(boolean first, String id, String productId, String catalogId, String name, String article, String unit,
            String characteristics, BigDecimal stockTotal, Integer stockFile, boolean deleted, Long fingerprint,
            List<Statements.PriceRow> priceRows, Map<String, BigDecimal> byWarehouse, int file) {
        (first ? firstOffers : offers).add(id, productId, catalogId, name, article, unit, characteristics, stockTotal, stockFile,
                deleted, fingerprint);
        BlockBatch priceBatch = first ? firstPrices : prices;
        lastPerType(priceRows).forEach(p -> priceBatch.add(id, p.type(), p.amount(), p.currency(), p.unit(), p.coefficient(), file));
        BlockBatch stockBatch = first ? firstStock : stock;
        byWarehouse.forEach((warehouse, quantity) -> stockBatch.add(id, warehouse, quantity, file));
    }

    /** An offer's first statement in a full offers file when the catalog does not hold the offer. */
    void newOffer(String id, String productId, String name, String article, String unit,
            String characteristics, BigDecimal stockTotal, Long fingerprint, List<Statements.PriceRow> priceRows,
            Map<String, BigDecimal> byWarehouse, int file) {
        newOffers.add(id, productId, name, article, unit, characteristics, stockTotal, fingerprint,
                lastPerType(priceRows), byWarehouse, file);
    }

    /** An offer whose statement (fields, prices, stock) equals its stored fingerprint. */
    void keptOffer(String id, String productId, long fingerprint) {
        keptOffers.add(id, productId, fingerprint);
    }

    /** One row per price type, the last, as the merge keeps it: plain inserts of both would clash. */
    private static List<Statements.PriceRow> lastPerType(List<Statements.PriceRow> priceRows) {
        Map<String, Statements.PriceRow> byType = new LinkedHashMap<>();
        priceRows.forEach(p -> byType.put(p.type(), p));
        return List.copyOf(byType.values());
    }

    /** Hands every queued row to the writer. */
    void flush() {
        all.forEach(BlockBatch::flush);
    }

    /** Frees the statements; call on the writer's connection once it is drained. */
    void close() throws SQLException {
        SQLException first = null;
        for (BlockBatch batch : all) {
            try {
                batch.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
