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
import java.util.List;
import java.util.Map;

/**
 * The staging tables (global temporary, gone at commit) an exchange is loaded into before it is
 * applied in one go. A later file's row for the same item merges into the earlier one, as 1C splits
 * one offer over offers, prices and rests files; stock and group rows carry their file, so only the
 * last file that stated an item's stock or groups counts.
 *
 * <p>An item's first statement in the exchange (as {@link Seen} tells) is one plain insert carrying its
 * first prices and stock, or groups, inline (db/004); {@link Apply#unfold} spreads them out. Only a
 * later statement pays for merging, and its batch waits for the first statements' batch.
 */
final class Staging {

    /** Prices, stock rows and groups a first statement carries inline (columns of db/004). */
    static final int INLINE_PRICES = 4;
    static final int INLINE_STOCK = 3;
    static final int INLINE_GROUPS = 2;

    private final BlockBatch groups;
    private final BlockBatch firstProducts;
    private final BlockBatch keptProducts;
    private final BlockBatch products;
    private final BlockBatch productGroups;
    private final BlockBatch firstOffers;
    private final BlockBatch keptOffers;
    private final BlockBatch offers;
    private final BlockBatch prices;
    private final BlockBatch stock;
    private final List<BlockBatch> all;

    Staging(Writer writer, int maxRows) {
        groups = new BlockBatch(writer, maxRows, """
                update or insert into stage_group (id, parent_id, name, sort_order, deleted)
                values (:id, :parent_id, :name, :sort_order, :deleted) matching (id);""",
                List.of(text("id", 40, Limits.ID), text("parent_id", 40, Limits.ID), text("name", 100, Limits.NAME),
                        integer("sort_order"), bool("deleted")));
        List<Column> productColumns = List.of(text("id", 80, Limits.ID), text("catalog_id", 40, Limits.ID),
                text("article", 40, Limits.ARTICLE), text("name", 100, Limits.NAME), text("unit", 16, Limits.UNIT),
                text("manufacturer", 60, Limits.MANUFACTURER), text("barcode", 24, Limits.BARCODE), bool("deleted"),
                bool("changes_only"), smallint("groups_file"), bigint("fp"));
        String productNames = "id, catalog_id, article, name, unit, manufacturer, barcode, deleted, changes_only, groups_file, ";
        String productValues = ":id, :catalog_id, :article, :name, :unit, :manufacturer, :barcode, :deleted, :changes_only, "
                + ":groups_file, ";
        List<Column> firstProductColumns = new ArrayList<>(productColumns);
        firstProductColumns.add(smallint("inline_file"));
        for (int g = 1; g <= INLINE_GROUPS; g++) {
            firstProductColumns.add(text("g" + g, 40, Limits.ID));
        }
        firstProducts = new BlockBatch(writer, maxRows, "insert into stage_product (" + productNames + "kept, fp, inline_file"
                + names("g", "", INLINE_GROUPS) + ") values (" + productValues + "false, :fp, :inline_file"
                + names(":g", "", INLINE_GROUPS) + ");", firstProductColumns);
        keptProducts = new BlockBatch(writer, maxRows, """
                insert into stage_product (id, deleted, changes_only, kept) values (:id, false, false, true);""",
                List.of(text("id", 80, Limits.ID)));
        products = new BlockBatch(writer, maxRows, "update or insert into stage_product (" + productNames + "kept, fp) values ("
                + productValues + "false, :fp) matching (id);", productColumns).after(firstProducts).after(keptProducts);
        productGroups = new BlockBatch(writer, maxRows, """
                update or insert into stage_product_group (product_id, group_id, file_no)
                values (:product_id, :group_id, :file_no) matching (product_id, group_id);""",
                List.of(text("product_id", 80, Limits.ID), text("group_id", 40, Limits.ID), smallint("file_no")));
        List<Column> offerColumns = List.of(text("id", 80, Limits.ID), text("product_id", 40, Limits.ID),
                text("catalog_id", 40, Limits.ID), text("name", 100, Limits.NAME), text("article", 40, Limits.ARTICLE),
                text("unit", 16, Limits.UNIT), text("chars", 60, Limits.CHARACTERISTICS), decimal("stock"),
                smallint("stock_file"), bool("deleted"), bigint("fp"));
        List<Column> firstOfferColumns = new ArrayList<>(offerColumns);
        firstOfferColumns.add(smallint("inline_file"));
        for (int p = 1; p <= INLINE_PRICES; p++) {
            firstOfferColumns.addAll(List.of(text("p" + p + "_type", 40, Limits.ID), decimal("p" + p + "_amount"),
                    text("p" + p + "_currency", 8, Limits.CURRENCY), text("p" + p + "_unit", 16, Limits.UNIT),
                    decimal("p" + p + "_coefficient")));
        }
        for (int w = 1; w <= INLINE_STOCK; w++) {
            firstOfferColumns.addAll(List.of(text("w" + w + "_id", 40, Limits.ID), decimal("w" + w + "_quantity")));
        }
        String inline = firstOfferColumns.subList(offerColumns.size() + 1, firstOfferColumns.size()).stream()
                .map(Column::name).reduce("", (a, b) -> a + ", " + b);
        firstOffers = new BlockBatch(writer, maxRows, "insert into stage_offer (id, product_id, catalog_id, name, article, unit, "
                + "characteristics, stock, stock_file, deleted, fp, inline_file" + inline + ") values (:id, :product_id, "
                + ":catalog_id, :name, :article, :unit, :chars, :stock, :stock_file, :deleted, :fp, :inline_file"
                + inline.replace(", ", ", :") + ");", firstOfferColumns);
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
                    insert into stage_offer (id, product_id, catalog_id, name, article, unit, characteristics, stock,
                        stock_file, deleted, fp)
                    values (:id, :product_id, :catalog_id, :name, :article, :unit, :chars, :stock, :stock_file, :deleted,
                        :fp);""", offerColumns).after(firstOffers).after(keptOffers);
        prices = new BlockBatch(writer, maxRows, """
                update or insert into stage_price (offer_id, price_type_id, amount, currency, unit, coefficient, file_no)
                values (:offer_id, :price_type_id, :amount, :currency, :unit, :coefficient, :file_no)
                matching (offer_id, price_type_id);""",
                List.of(text("offer_id", 80, Limits.ID), text("price_type_id", 40, Limits.ID), decimal("amount"),
                        text("currency", 8, Limits.CURRENCY), text("unit", 16, Limits.UNIT), decimal("coefficient"),
                        smallint("file_no")));
        stock = new BlockBatch(writer, maxRows, """
                update or insert into stage_stock (offer_id, warehouse_id, quantity, file_no)
                values (:offer_id, :warehouse_id, :quantity, :file_no) matching (offer_id, warehouse_id);""",
                List.of(text("offer_id", 80, Limits.ID), text("warehouse_id", 40, Limits.ID), decimal("quantity"),
                        smallint("file_no")));
        all = List.of(groups, firstProducts, keptProducts, products, productGroups, firstOffers, keptOffers, offers, prices, stock);
    }

    private static String names(String prefix, String suffix, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(", ").append(prefix).append(i).append(suffix);
        }
        return text.toString();
    }

    void group(String id, String parentId, String name, int order, boolean deleted) {
        groups.add(id, parentId, name, order, deleted);
    }

    /**
     * One statement of a product; {@code first} = its first in the exchange, then its groups travel
     * inline as far as they fit.
     */
    void product(boolean first, String id, String catalogId, String article, String name, String unit, String manufacturer,
            String barcode, boolean deleted, boolean changesOnly, Integer groupsFile, Long fingerprint, List<String> groupIds,
            int file) {
        if (!first) {
            products.add(id, catalogId, article, name, unit, manufacturer, barcode, deleted, changesOnly, groupsFile, fingerprint);
            groupIds.forEach(group -> productGroups.add(id, group, file));
            return;
        }
        Object[] row = new Object[12 + INLINE_GROUPS];
        fill(row, 0, id, catalogId, article, name, unit, manufacturer, barcode, deleted, changesOnly, groupsFile, fingerprint, file);
        int g = 0;
        List<String> rest = new ArrayList<>();
        for (String group : groupIds) {
            if (g < INLINE_GROUPS && group != null) {
                row[12 + g++] = group;
            } else {
                rest.add(group);
            }
        }
        firstProducts.add(row);
        rest.forEach(group -> productGroups.add(id, group, file));
    }

    /** A product whose statement equals its stored fingerprint: named, nothing to apply. */
    void keptProduct(String id) {
        keptProducts.add(id);
    }

    /**
     * One statement of an offer with its prices (distinct types) and stock; {@code first} = its first in
     * the exchange, then they travel inline as far as they fit.
     */
    void offer(boolean first, String id, String productId, String catalogId, String name, String article, String unit,
            String characteristics, BigDecimal stockTotal, Integer stockFile, boolean deleted, Long fingerprint,
            List<Statements.PriceRow> priceRows, Map<String, BigDecimal> byWarehouse, int file) {
        if (!first) {
            offers.add(id, productId, catalogId, name, article, unit, characteristics, stockTotal, stockFile, deleted, fingerprint);
            priceRows.forEach(p -> prices.add(id, p.type(), p.amount(), p.currency(), p.unit(), p.coefficient(), file));
            byWarehouse.forEach((warehouse, quantity) -> stock.add(id, warehouse, quantity, file));
            return;
        }
        int at = 12;
        Object[] row = new Object[at + 5 * INLINE_PRICES + 2 * INLINE_STOCK];
        fill(row, 0, id, productId, catalogId, name, article, unit, characteristics, stockTotal, stockFile, deleted, fingerprint,
                file);
        // Only complete rows go inline (a NULL there would be skipped, not refused as by the staging table).
        // One row per price type (the last, as the staging table's merge keeps it), or unfolding would clash.
        List<Statements.PriceRow> morePrices = new ArrayList<>();
        Map<String, Statements.PriceRow> byType = new java.util.LinkedHashMap<>();
        priceRows.forEach(p -> byType.put(p.type(), p));
        for (Statements.PriceRow p : byType.values()) {
            if (at < 12 + 5 * INLINE_PRICES && p.type() != null && p.amount() != null && p.coefficient() != null) {
                fill(row, at, p.type(), p.amount(), p.currency(), p.unit(), p.coefficient());
                at += 5;
            } else {
                morePrices.add(p);
            }
        }
        at = 12 + 5 * INLINE_PRICES;
        List<Map.Entry<String, BigDecimal>> moreStock = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : byWarehouse.entrySet()) {
            if (at < row.length && e.getKey() != null && e.getValue() != null) {
                fill(row, at, e.getKey(), e.getValue());
                at += 2;
            } else {
                moreStock.add(e);
            }
        }
        firstOffers.add(row);
        morePrices.forEach(p -> prices.add(id, p.type(), p.amount(), p.currency(), p.unit(), p.coefficient(), file));
        moreStock.forEach(e -> stock.add(id, e.getKey(), e.getValue(), file));
    }

    /** An offer whose statement (fields, prices, stock) equals its stored fingerprint. */
    void keptOffer(String id, String productId, long fingerprint) {
        keptOffers.add(id, productId, fingerprint);
    }

    private static void fill(Object[] row, int at, Object... values) {
        System.arraycopy(values, 0, row, at, values.length);
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
