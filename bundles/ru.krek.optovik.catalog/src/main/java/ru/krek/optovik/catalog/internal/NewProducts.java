package ru.krek.optovik.catalog.internal;

import static ru.krek.optovik.catalog.internal.Column.bigint;
import static ru.krek.optovik.catalog.internal.Column.text;

import java.util.List;
import java.util.stream.Stream;

/**
 * Products the catalog does not hold yet, written straight into the catalog with their groups, as
 * {@link NewOffers} writes offers: a first import stages and merges none of them. Only a product's first
 * statement in a full catalog file goes this way; they carry this run in first_run, which keeps the
 * apply from taking them for products the catalog file left out. A later statement of one in the same
 * exchange is staged and merged over it, its groups replacing these.
 */
final class NewProducts {

    /** A product's own fields, as every statement of it carries them (staged ones too). */
    static final List<Column> FIELDS = List.of(text("id", 80, Limits.ID), text("catalog_id", 40, Limits.ID),
            text("article", 40, Limits.ARTICLE), text("name", 100, Limits.NAME), text("unit", 16, Limits.UNIT),
            text("manufacturer", 60, Limits.MANUFACTURER), text("barcode", 24, Limits.BARCODE));

    final BlockBatch products;
    final BlockBatch groups;
    private long written;

    NewProducts(Writer writer, int maxRows, long runId) {
        products = new BlockBatch(writer, maxRows, """
                insert into catalog_product (id, catalog_id, article, name, unit, manufacturer, barcode, deleted, gone,
                    no_catalog_entry, first_run, fp)
                values (:id, :catalog_id, :article, :name, :unit, :manufacturer, :barcode, false, false, false, RUN, :fp);"""
                .replace("RUN", Long.toString(runId)),
                Stream.concat(FIELDS.stream(), Stream.of(bigint("fp"))).toList());
        groups = new BlockBatch(writer, maxRows, """
                insert into catalog_product_group (product_id, group_id) values (:product_id, :group_id);""",
                List.of(text("product_id", 80, Limits.ID), text("group_id", 40, Limits.ID)));
    }

    /** A product's first statement in a full catalog file; {@code groupIds} distinct. */
    void add(String id, String catalogId, String article, String name, String unit, String manufacturer, String barcode,
            Long fingerprint, List<String> groupIds) {
        products.add(id, catalogId, article, name, unit, manufacturer, barcode, fingerprint);
        written++;
        groupIds.forEach(group -> groups.add(id, group));
    }

    /** Whether any product was written new: their memberships may be replaced by a later statement. */
    boolean any() {
        return written > 0;
    }

    List<BlockBatch> batches() {
        return List.of(products, groups);
    }
}
