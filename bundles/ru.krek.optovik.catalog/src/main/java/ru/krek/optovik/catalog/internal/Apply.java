package ru.krek.optovik.catalog.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.krek.optovik.api.catalog.CatalogImportException;

/**
 * Applies a staged exchange to the catalog, set by set, inside the import's transaction, and writes
 * what changed as it goes: prices and stock are compared before they are overwritten, presence
 * (offer not gone, its product not gone) after everything else.
 */
final class Apply {

    private static final String[] PRODUCT_TEXT = { "article", "name", "unit", "manufacturer", "barcode" };
    private static final String OFFER_PRODUCT = "coalesce((select p.id from catalog_product p where p.id = s.id), s.product_id)";
    /** An offer the catalog held before this run (not one written new by it); bind the run id. */
    private static final String OLD = "o.first_run is distinct from ?";
    /** A kept offer is in the catalog as stated, and so is its product. */
    private static final String ORPHANS = "from stage_offer s where s.kept = false and not exists (select 1 from catalog_product p where p.id = s.id) "
            + "and not exists (select 1 from catalog_product p where p.id = s.product_id)";

    private final Sql sql;
    private final long runId;
    private final List<String> fileNames;
    /**
     * The catalog held no product and no offer before this run (a first import): every row it has
     * then came from this exchange, so the steps that look for what the stage does not restate (gone,
     * prices and stock not carried, old values that changed) can find nothing and are skipped.
     */
    private boolean fresh;

    Apply(Sql sql, long runId, List<String> fileNames) {
        this.sql = sql;
        this.runId = runId;
        this.fileNames = fileNames;
    }

    /** Every price type and warehouse named must be declared in the exchange or known already. */
    void checkReferences(NewOffers written) throws SQLException, CatalogImportException {
        for (var type : written.priceTypes.entrySet()) {
            if (sql.count("select count(*) from catalog_price_type where id = ?", type.getKey()) == 0) {
                throw unknown("тип цены", type.getKey(), type.getValue());
            }
        }
        for (var warehouse : written.warehouses.entrySet()) {
            if (sql.count("select count(*) from catalog_warehouse where id = ?", warehouse.getKey()) == 0) {
                throw unknown("склад", warehouse.getKey(), warehouse.getValue());
            }
        }
        String[] unknown = sql.first("select first 1 s.price_type_id, s.offer_id, s.file_no from stage_price s "
                + "where not exists (select 1 from catalog_price_type t where t.id = s.price_type_id)", Apply::triple);
        if (unknown != null) {
            throw unknown("тип цены", unknown[0], new NewOffers.Reference(unknown[1], Integer.parseInt(unknown[2])));
        }
        unknown = sql.first("select first 1 s.warehouse_id, s.offer_id, s.file_no from stage_stock s "
                + "where not exists (select 1 from catalog_warehouse w where w.id = s.warehouse_id)", Apply::triple);
        if (unknown != null) {
            throw unknown("склад", unknown[0], new NewOffers.Reference(unknown[1], Integer.parseInt(unknown[2])));
        }
    }

    /** @return products made from offers that had no catalog entry */
    long apply(FullFiles full, NewOffers written, NewProducts writtenProducts, Consumer<String> warn) throws SQLException {
        fresh = sql.count("select count(*) from rdb$database where exists (select 1 from catalog_offer o where " + OLD + ") "
                + "or exists (select 1 from catalog_product p where p.first_run is distinct from ?)", runId, runId) == 0;
        groups(full);
        products(full, writtenProducts);
        if (written.any()) {
            // A new offer's product, as a staged offer's is found: by the offer's full id, else the id it states.
            sql.update("update catalog_offer o set product_id = o.id where o.first_run = ? and o.product_id <> o.id "
                    + "and exists (select 1 from catalog_product p where p.id = o.id)", runId);
        }
        long orphans = orphanProducts(written, warn);
        full.offers.simplify(sql);
        full.prices.simplify(sql);
        full.stock.simplify(sql);
        if (!fresh) {
            offerChanges();
        }
        offers(full);
        stock(full);
        prices(full);
        if (!fresh) {
            new Sweeps(sql).notCarriedEverywhere(runId, full.stock.coversEverything(), full.prices.coversEverything());
        }
        if (!full.offers.isEmpty() && !fresh) {
            sql.update("update catalog_offer o set gone = true, fp = null where o.gone = false and " + full.offers.condition("o.product_id")
                    + " and not exists (select 1 from stage_offer s where s.id = o.id) and " + OLD, with(full.offers.parameters()));
        }
        new Sweeps(sql).presence(runId);
        return orphans;
    }

    long changes() throws SQLException {
        return sql.count("select count(*) from catalog_change where run_id = ?", runId);
    }

    private void groups(FullFiles full) throws SQLException {
        sql.update("""
                merge into catalog_group g using stage_group s on g.id = s.id
                when matched and (g.parent_id is distinct from s.parent_id or g.name is distinct from coalesce(s.name, g.name)
                    or g.sort_order <> s.sort_order or g.deleted <> s.deleted or g.gone <> s.deleted)
                  then update set parent_id = s.parent_id, name = coalesce(s.name, g.name), sort_order = s.sort_order,
                    deleted = s.deleted, gone = s.deleted
                when not matched then insert (id, parent_id, name, sort_order, deleted, gone)
                  values (s.id, s.parent_id, s.name, s.sort_order, s.deleted, s.deleted)""");
        if (full.classifier) {
            sql.update("update catalog_group g set gone = true where g.gone = false "
                    + "and not exists (select 1 from stage_group s where s.id = g.id)");
        }
    }

    private void products(FullFiles full, NewProducts written) throws SQLException {
        // A changes-only file's missing field means "unchanged"; a full file's means "empty".
        List<String> values = Stream.of(PRODUCT_TEXT)
                .map(c -> "iif(s.changes_only, coalesce(s." + c + ", p." + c + "), s." + c + ")").toList();
        StringBuilder differs = new StringBuilder("p.catalog_id is distinct from coalesce(s.catalog_id, p.catalog_id)");
        StringBuilder set = new StringBuilder("catalog_id = coalesce(s.catalog_id, p.catalog_id)");
        for (int i = 0; i < PRODUCT_TEXT.length; i++) {
            differs.append(" or p.").append(PRODUCT_TEXT[i]).append(" is distinct from ").append(values.get(i));
            set.append(", ").append(PRODUCT_TEXT[i]).append(" = ").append(values.get(i));
        }
        // A kept product is as its statement would leave it: nothing to merge.
        sql.update("merge into catalog_product p using (select * from stage_product where kept = false) s on p.id = s.id "
                + "when matched and (" + differs + " or p.deleted <> s.deleted or p.gone <> s.deleted or p.no_catalog_entry "
                + "or p.fp is distinct from s.fp) "
                + "then update set " + set + ", deleted = s.deleted, gone = s.deleted, no_catalog_entry = false, fp = s.fp "
                + "when not matched then insert (id, catalog_id, " + String.join(", ", PRODUCT_TEXT)
                + ", deleted, gone, no_catalog_entry, first_run, fp) values (s.id, s.catalog_id, "
                + Stream.of(PRODUCT_TEXT).map(c -> "s." + c).collect(Collectors.joining(", "))
                + ", s.deleted, s.deleted, false, ?, s.fp)", runId);
        for (String catalog : fresh ? List.<String>of() : full.catalogs) {
            sql.update("update catalog_product p set gone = true, fp = null where p.catalog_id = ? and p.gone = false "
                    + "and not exists (select 1 from stage_product s where s.id = p.id) and p.first_run is distinct from ?",
                    catalog, runId);
        }
        String stated = "from stage_product_group sg join stage_product s on s.id = sg.product_id and s.groups_file = sg.file_no";
        if (!fresh || written.any()) {
            // Also a first import's: a product written new and stated again keeps the later statement's groups only.
            new Sweeps(sql).productGroups();
        }
        sql.update("insert into catalog_product_group (product_id, group_id) select sg.product_id, sg.group_id " + stated
                + " where not exists (select 1 from catalog_product_group pg where pg.product_id = sg.product_id "
                + "and pg.group_id = sg.group_id)");
    }

    /**
     * 1C often sends offers without the catalog: such an offer's product is made from the offer (its
     * staged statements, or the offers written new, in their catalog).
     */
    private long orphanProducts(NewOffers written, Consumer<String> warn) throws SQLException {
        String insert = "insert into catalog_product (id, catalog_id, article, name, unit, deleted, gone, no_catalog_entry, "
                + "first_run) select ";
        long count = sql.update(insert + "s.product_id, max(s.catalog_id), max(s.article), max(s.name), max(s.unit), false, false, "
                + "true, ? " + ORPHANS + " group by s.product_id", runId);
        count += !written.any() ? 0 : sql.update(insert + "o.product_id, cast(? as varchar(200) character set utf8), max(o.article), max(o.name), "
                + "max(o.unit), false, false, true, ? from catalog_offer o where o.first_run = ? and not exists (select 1 "
                + "from catalog_product p where p.id = o.product_id) group by o.product_id", written.catalog(), runId, runId);
        if (count == 0) {
            return 0;
        }
        List<String> examples = sql.list("select first 5 id from catalog_product where first_run = ? and no_catalog_entry "
                + "order by 1", rs -> rs.getString(1), runId);
        warn.accept("offers without a catalog entry: made " + count + (count == 1 ? " product" : " products") + " of their own ("
                + String.join(", ", examples) + (count > examples.size() ? ", …" : "") + ")");
        return count;
    }

    /** Price and stock changes, compared with what the catalog holds before it is overwritten. */
    private void offerChanges() throws SQLException {
        sql.update("""
                insert into catalog_change (run_id, kind, offer_id, name, price_type_id, old_value, new_value)
                select ?, 'PRICE', s.offer_id, coalesce(so.name, o.name), s.price_type_id, c.amount, s.amount
                from stage_price s
                join catalog_offer o on o.id = s.offer_id
                join catalog_price c on c.offer_no = o.offer_no and c.price_type_id = s.price_type_id
                left join stage_offer so on so.id = s.offer_id
                where c.amount <> s.amount and o.first_run is distinct from ?""", runId, runId);
        // Unknown stock (NULL) is neither none nor some: it never makes an arrival or a sell-out.
        sql.update("""
                insert into catalog_change (run_id, kind, offer_id, name, old_value, new_value)
                select ?, iif(s.stock > 0, 'ARRIVAL', 'SOLDOUT'), s.id, coalesce(s.name, o.name), o.stock, s.stock
                from stage_offer s join catalog_offer o on o.id = s.id
                where s.stock_file is not null and ((o.stock <= 0 and s.stock > 0) or (o.stock > 0 and s.stock <= 0))
                    and o.first_run is distinct from ?""", runId, runId);
    }

    private void offers(FullFiles full) throws SQLException {
        String[] text = { "name", "article", "unit", "characteristics" };
        StringBuilder differs = new StringBuilder("o.product_id <> s.product_ref or o.gone <> s.deleted "
                + "or (s.stock_file is not null and o.stock is distinct from s.stock)");
        StringBuilder set = new StringBuilder("product_id = s.product_ref, gone = s.deleted, "
                + "stock = iif(s.stock_file is null, o.stock, s.stock)");
        for (String c : text) {
            differs.append(" or o.").append(c).append(" is distinct from coalesce(s.").append(c).append(", o.").append(c).append(')');
            set.append(", ").append(c).append(" = coalesce(s.").append(c).append(", o.").append(c).append(')');
        }
        // A statement's fingerprint holds once its prices and stock were replaced whole (its product in both scopes).
        String whole = full.prices.isEmpty() || full.stock.isEmpty() ? "false"
                : full.prices.condition(OFFER_PRODUCT) + " and " + full.stock.condition(OFFER_PRODUCT);
        List<Object> parameters = new java.util.ArrayList<>(full.prices.isEmpty() || full.stock.isEmpty() ? List.of()
                : Stream.concat(full.prices.parameters().stream(), full.stock.parameters().stream()).toList());
        parameters.add(runId);
        // A kept offer is as its statement left it, unless a later statement in the exchange changed it (which
        // clears its fingerprint) or a product of its own full id has appeared since.
        sql.update("merge into catalog_offer o using (select s.*, " + OFFER_PRODUCT + " as product_ref, "
                + "iif(s.kept or (" + whole + "), s.fp, null) as new_fp from stage_offer s where s.kept = false or s.fp is null "
                + "or (s.id <> s.product_id and exists (select 1 from catalog_product p where p.id = s.id))) s "
                + "on o.id = s.id when matched and (" + differs + " or o.fp is distinct from s.new_fp) then update set " + set
                + ", fp = s.new_fp when not matched then insert (offer_no, id, product_id, name, article, unit, characteristics, "
                + "stock, gone, present, first_run, fp) values (next value for catalog_offer_no, s.id, s.product_ref, s.name, "
                + "s.article, s.unit, s.characteristics, s.stock, s.deleted, true, ?, s.new_fp)", parameters);
        if (!"1 = 1 and 1 = 1".equals(whole)) {
            // A new offer's fingerprint, like a staged one's, holds only where its prices and stock were replaced whole.
            List<Object> scoped = new java.util.ArrayList<>(List.of(runId));
            scoped.addAll(parameters.subList(0, parameters.size() - 1));
            sql.update("update catalog_offer s set fp = null where s.first_run = ? and s.fp is not null and not (" + whole + ")",
                    scoped);
        }
    }

    private void stock(FullFiles full) throws SQLException {
        String stated = "from stage_stock ss join stage_offer s on s.id = ss.offer_id and s.stock_file = ss.file_no";
        // Driven by the stage: also for a new offer written first and stated again (a first import too).
        new Sweeps(sql).stockNotStated();
        sql.update("merge into catalog_stock c using (select o.offer_no, ss.warehouse_id, ss.quantity " + stated
                + " join catalog_offer o on o.id = ss.offer_id) s on c.offer_no = s.offer_no and c.warehouse_id = s.warehouse_id "
                + "when matched and c.quantity <> s.quantity then update set quantity = s.quantity "
                + "when not matched then insert (offer_no, warehouse_id, quantity) values (s.offer_no, s.warehouse_id, s.quantity)");
        if (fresh) {
            return;
        }
        if (!full.stock.isEmpty() && !full.stock.coversEverything()) {
            String notStated = " and not exists (select 1 from stage_offer s where s.id = o.id and (s.stock_file is not null or s.kept))"
                    + " and " + OLD;
            sql.update("update catalog_offer o set stock = null, fp = null where o.stock is not null and "
                    + full.stock.condition("o.product_id") + notStated, with(full.stock.parameters()));
            sql.update("delete from catalog_stock c where exists (select 1 from catalog_offer o where o.offer_no = c.offer_no and "
                    + full.stock.condition("o.product_id") + notStated + ")", with(full.stock.parameters()));
        }
    }

    private void prices(FullFiles full) throws SQLException {
        sql.update("""
                merge into catalog_price c using (select o.offer_no, s.price_type_id, s.amount, s.currency, s.unit, s.coefficient
                    from stage_price s join catalog_offer o on o.id = s.offer_id) s
                on c.offer_no = s.offer_no and c.price_type_id = s.price_type_id
                when matched and (c.amount <> s.amount or c.currency is distinct from s.currency
                    or c.unit is distinct from s.unit or c.coefficient <> s.coefficient)
                  then update set amount = s.amount, currency = s.currency, unit = s.unit, coefficient = s.coefficient
                when not matched then insert (offer_no, price_type_id, amount, currency, unit, coefficient)
                  values (s.offer_no, s.price_type_id, s.amount, s.currency, s.unit, s.coefficient)""");
        if (fresh) {
            return;
        }
        if (!full.prices.isEmpty() && !full.prices.coversEverything()) {
            sql.update("delete from catalog_price c where exists (select 1 from catalog_offer o where o.offer_no = c.offer_no and "
                    + full.prices.condition("o.product_id") + " and " + OLD + " and not exists (select 1 from stage_price s "
                    + "where s.offer_id = o.id and s.price_type_id = c.price_type_id) "
                    + "and not exists (select 1 from stage_offer k where k.id = o.id and k.kept))", with(full.prices.parameters()));
            if (!full.offers.coversEverything()) {
                // Unnamed offers outside a full offers file's scope just lost their prices.
                sql.update("update catalog_offer o set fp = null where o.fp is not null and " + full.prices.condition("o.product_id")
                        + " and not exists (select 1 from stage_offer s where s.id = o.id) and " + OLD, with(full.prices.parameters()));
            }
        }
    }

    /** A scope's parameters followed by the run id, for a statement that ends with {@link #OLD}. */
    private List<Object> with(List<String> scopeParameters) {
        List<Object> all = new java.util.ArrayList<>(scopeParameters);
        all.add(runId);
        return all;
    }

    private CatalogImportException unknown(String what, String id, NewOffers.Reference where) {
        int n = where.file();
        String file = n >= 1 && n <= fileNames.size() ? fileNames.get(n - 1) : "#" + n;
        return new CatalogImportException("неизвестный " + what + " «" + id + "» в файле " + file + " (предложение «"
                + where.offerId() + "»): он не объявлен ни в одном файле обмена и не известен каталогу");
    }

    private static String[] triple(java.sql.ResultSet rs) throws SQLException {
        return new String[] { rs.getString(1), rs.getString(2), rs.getString(3) };
    }
}
