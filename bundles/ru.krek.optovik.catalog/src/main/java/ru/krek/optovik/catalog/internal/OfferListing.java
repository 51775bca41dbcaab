package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import ru.krek.optovik.api.catalog.CatalogOffer;
import ru.krek.optovik.api.catalog.Price;

/**
 * The offers of groups with their price in one price type, as ONE query: a price list of 10,000 lines
 * must not cost 10,000 round trips. Stock per warehouse comes as one row per warehouse (left join),
 * folded back into one offer while reading. The query has no ORDER BY: Firebird's sort carries every
 * selected column at its declared width (a UTF8 varchar(1000) name is 4,000 bytes), which made sorting
 * 20,000 rows cost seconds; the rows are ordered here instead, after the fold.
 */
final class OfferListing {

    private static final String COVERED = "with recursive covered (id) as (select id from catalog_group where id in (%s) "
            + "union all select g.id from catalog_group g join covered c on g.parent_id = c.id) ";
    private static final String SELECT = """
            select g.id, o.id, coalesce(o.article, p.article), o.name, p.manufacturer, coalesce(o.unit, p.unit),
                   pr.amount, pr.currency, pr.unit, pr.coefficient, o.stock, s.warehouse_id, s.quantity, g.sort_order
            from catalog_group g
            %s
            join catalog_product_group pg on pg.group_id = g.id
            join catalog_product p on p.id = pg.product_id
            join catalog_offer o on o.product_id = p.id
            left join catalog_price pr on pr.offer_no = o.offer_no and pr.price_type_id = ?
            left join catalog_stock s on s.offer_no = o.offer_no
            where g.gone = false and g.deleted = false and p.gone = false and p.deleted = false and o.present = true""";
    private static final int FETCH = 2_000;

    private final Connection connection;

    OfferListing(Connection connection) {
        this.connection = connection;
    }

    void stream(Collection<String> groupIds, String priceTypeId, Consumer<? super CatalogOffer> each) throws SQLException {
        List<String> nodes = groupIds == null ? List.of() : List.copyOf(groupIds);
        String sql = nodes.isEmpty() ? SELECT.formatted("")
                : COVERED.formatted(String.join(", ", java.util.Collections.nCopies(nodes.size(), "?")))
                        + SELECT.formatted("join (select distinct id from covered) cv on cv.id = g.id");
        List<Object> parameters = new ArrayList<>(nodes);
        parameters.add(priceTypeId);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setFetchSize(FETCH);
            try (ResultSet rs = statement.executeQuery()) {
                read(rs, priceTypeId, each);
            }
        }
    }

    /** Folds each (group, offer)'s rows into one, then gives them in catalog group order, by name and Ид within a group. */
    private static void read(ResultSet rs, String priceTypeId, Consumer<? super CatalogOffer> each) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        while (rs.next()) {
            String group = rs.getString(1);
            String offer = rs.getString(2);
            Row row = rows.get(group + '\n' + offer);
            if (row == null) {
                row = new Row(rs, group, offer, priceTypeId);
                rows.put(group + '\n' + offer, row);
            }
            String warehouse = rs.getString(12);
            if (warehouse != null) {
                row.byWarehouse.put(warehouse, CatalogQueries.plain(rs.getBigDecimal(13)));
            }
        }
        List<Row> ordered = new ArrayList<>(rows.values());
        ordered.sort(ORDER);
        for (Row row : ordered) {
            each.accept(row.offer());
        }
    }

    private static final Comparator<Row> ORDER = Comparator.<Row>comparingInt(r -> r.sortOrder)
            .thenComparing(r -> r.groupId).thenComparing(r -> r.name == null ? "" : r.name).thenComparing(r -> r.offerId);

    private static final class Row {
        final String groupId;
        final int sortOrder;
        final String offerId;
        final String article;
        final String name;
        final String manufacturer;
        final String unit;
        final Price price;
        final BigDecimal stock;
        final Map<String, BigDecimal> byWarehouse = new TreeMap<>();

        Row(ResultSet rs, String groupId, String offerId, String priceTypeId) throws SQLException {
            this.groupId = groupId;
            this.sortOrder = rs.getInt(14);
            this.offerId = offerId;
            this.article = rs.getString(3);
            this.name = rs.getString(4);
            this.manufacturer = rs.getString(5);
            this.unit = rs.getString(6);
            BigDecimal amount = rs.getBigDecimal(7);
            this.price = amount == null ? null : new Price(priceTypeId, CatalogQueries.plain(amount), rs.getString(8),
                    rs.getString(9), CatalogQueries.plain(rs.getBigDecimal(10)));
            this.stock = CatalogQueries.plain(rs.getBigDecimal(11));
        }

        CatalogOffer offer() {
            return new CatalogOffer(offerId, groupId, article, name, manufacturer, unit, price, stock, byWarehouse);
        }
    }
}
