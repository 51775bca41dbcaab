package ru.krek.optovik.catalog.internal;

import static ru.krek.optovik.catalog.internal.Column.bigint;
import static ru.krek.optovik.catalog.internal.Column.decimal;
import static ru.krek.optovik.catalog.internal.Column.smallint;
import static ru.krek.optovik.catalog.internal.Column.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Offers the catalog does not hold yet (a first import, new items later), written straight into the
 * catalog's tables with their prices and stock by plain inserts, instead of being staged and merged:
 * half the rows written, no merge. Only an offer's first statement in a full offers file goes this
 * way. Such offers carry this run in first_run, which is how the apply
 * tells them from the catalog's old offers: it resolves their product, makes the products of those
 * without one, and the presence pass records them NEW. A later statement of one in the same exchange
 * is staged and merged over it. They are written present, which the presence pass corrects for the
 * few whose product turns out gone, instead of updating every one of them.
 */
final class NewOffers {

    private static final String ID = "varchar(200) character set utf8";

    /** A price type or warehouse named by a new offer: checked at commit like the staged ones. */
    record Reference(String offerId, int file) {
    }

    final BlockBatch offers;
    final BlockBatch prices;
    final BlockBatch stock;
    final Map<String, Reference> priceTypes = new HashMap<>();
    final Map<String, Reference> warehouses = new HashMap<>();
    private String catalog;
    private boolean catalogKnown;
    private long written;

    private final LongSupplier numbers;

    /** @param numbers gives each offer written new its number (offer_no), ascending */
    NewOffers(Writer writer, int maxRows, long runId, LongSupplier numbers) {
        this.numbers = numbers;
        // Its product as stated; the apply moves it to the product of its full id if there is one, as it resolves staged offers.
        offers = new BlockBatch(writer, maxRows, """
                insert into catalog_offer (offer_no, id, product_id, name, article, unit, characteristics, stock, gone, present,
                    first_run, fp)
                values (:offer_no, :id, :product_id, :name, :article, :unit, :chars, :stock, false, true, RUN, :fp);""".replace("RUN",
                Long.toString(runId)),
                List.of(bigint("offer_no"), text("id", 80, Limits.ID), text("product_id", 40, Limits.ID), text("name", 100, Limits.NAME),
                        text("article", 40, Limits.ARTICLE), text("unit", 16, Limits.UNIT), text("chars", 60, Limits.CHARACTERISTICS),
                        decimal("stock"), bigint("fp")));
        prices = new BlockBatch(writer, maxRows, """
                insert into catalog_price (offer_no, price_type_id, amount, currency, unit, coefficient)
                values (:offer_no, :price_type_id, :amount, :currency, :unit, :coefficient);""",
                List.of(bigint("offer_no"), text("price_type_id", 40, Limits.ID), decimal("amount"),
                        text("currency", 8, Limits.CURRENCY), text("unit", 16, Limits.UNIT), decimal("coefficient")));
        stock = new BlockBatch(writer, maxRows, """
                insert into catalog_stock (offer_no, warehouse_id, quantity) values (:offer_no, :warehouse_id, :quantity);""",
                List.of(bigint("offer_no"), text("warehouse_id", 40, Limits.ID), decimal("quantity")));
    }

    /**
     * Whether an offer of a file of this catalog may be written new: all of them must be of one catalog,
     * the one an offer without a product gets its product made in.
     */
    boolean accepts(String catalogId) {
        if (catalog == null && !catalogKnown) {
            catalog = catalogId;
            catalogKnown = true;
        }
        return java.util.Objects.equals(catalog, catalogId);
    }

    /** Whether any offer was written new: the apply's steps over them scan the whole catalog. */
    boolean any() {
        return written > 0;
    }

    /** The catalog of every offer written new (null: none, or offers of no catalog). */
    String catalog() {
        return catalog;
    }

    /** An offer's first statement in a full offers file ({@code fingerprint} null when it cannot be kept); {@code priceRows} one per price type. */
    void add(String id, String productId, String name, String article, String unit, String characteristics,
            BigDecimal stockTotal, Long fingerprint, List<Statements.PriceRow> priceRows, Map<String, BigDecimal> byWarehouse,
            int file) {
        long no = numbers.getAsLong();
        offers.add(no, id, productId, name, article, unit, characteristics, stockTotal, fingerprint);
        written++;
        for (Statements.PriceRow p : priceRows) {
            prices.add(no, p.type(), p.amount(), p.currency(), p.unit(), p.coefficient());
            priceTypes.putIfAbsent(p.type(), new Reference(id, file));
        }
        byWarehouse.forEach((warehouse, quantity) -> {
            stock.add(no, warehouse, quantity);
            warehouses.putIfAbsent(warehouse, new Reference(id, file));
        });
    }

    List<BlockBatch> batches() {
        return List.of(offers, prices, stock);
    }
}
