package ru.krek.optovik.catalog.internal;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Warehouse;
import ru.krek.optovik.api.catalog.KnownGroup;

/** What the catalog holds now, and what a run changed. */
final class CatalogQueries {

    private final Sql sql;

    CatalogQueries(Sql sql) {
        this.sql = sql;
    }

    CatalogStats stats(ImportRun lastImport) throws SQLException {
        return new CatalogStats(
                sql.count("select count(*) from catalog_group where gone = false"),
                sql.count("select count(*) from catalog_product where gone = false"),
                sql.count("select count(*) from catalog_offer where present = true"),
                sql.count("select count(*) from catalog_price_type"),
                sql.count("select count(*) from catalog_warehouse"),
                sql.count("select count(*) from catalog_price c join catalog_offer o on o.offer_no = c.offer_no where o.present = true"),
                lastImport);
    }

    /** In the order 1C sent them (sort_order is the order of arrival). */
    List<CatalogGroup> groups() throws SQLException {
        return sql.list("select id, parent_id, name from catalog_group where gone = false and deleted = false "
                + "order by sort_order, id",
                rs -> new CatalogGroup(rs.getString(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3)));
    }

    /** Gone when no longer delivered or marked deleted, as groups() leaves them out. */
    List<KnownGroup> knownGroups() throws SQLException {
        return sql.list("select id, parent_id, name, gone or deleted from catalog_group order by sort_order, id",
                rs -> new KnownGroup(rs.getString(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                        rs.getBoolean(4)));
    }

    List<PriceType> priceTypes() throws SQLException {
        return sql.list("select id, name, currency, vat_included from catalog_price_type order by name, id",
                rs -> new PriceType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    List<Warehouse> warehouses() throws SQLException {
        return sql.list("select id, name from catalog_warehouse order by name, id", rs -> new Warehouse(rs.getString(1), rs.getString(2)));
    }

    /** Run ids only grow, so the newest successful run names the catalog's state. */
    long state() throws SQLException {
        return sql.count("select coalesce(max(id), 0) from import_run where status = 'SUCCEEDED'");
    }

    List<CatalogChange> changes(long runId) throws SQLException {
        return sql.list("""
                select c.run_id, c.kind, c.offer_id, c.name, c.price_type_id, t.name, c.old_value, c.new_value
                from catalog_change c left join catalog_price_type t on t.id = c.price_type_id
                where c.run_id = ? order by c.kind, c.offer_id, c.price_type_id""",
                rs -> new CatalogChange(rs.getLong(1), CatalogChange.Kind.valueOf(rs.getString(2).trim()), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), plain(rs.getBigDecimal(7)), plain(rs.getBigDecimal(8))),
                runId);
    }

    /** Through the offer's product: a gone product keeps the groups it was last delivered in. */
    Map<String, SortedSet<String>> changeGroups(long runId) throws SQLException {
        Map<String, SortedSet<String>> groups = new HashMap<>();
        sql.list("""
                select distinct c.offer_id, pg.group_id from catalog_change c
                join catalog_offer o on o.id = c.offer_id
                join catalog_product_group pg on pg.product_id = o.product_id
                where c.run_id = ?""",
                rs -> groups.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)), runId);
        return groups;
    }

    /** numeric(18, 6) reads back as 12.500000: give the value as 1C wrote it, 12.5. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
