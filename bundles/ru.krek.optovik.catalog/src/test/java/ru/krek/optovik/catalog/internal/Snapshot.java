package ru.krek.optovik.catalog.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The present catalog as lines, to compare two states exactly (gone rows are history, not compared). */
final class Snapshot {

    static List<String> of(DataSource dataSource) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            add(c, lines, "group", "select id, parent_id, name, sort_order from catalog_group where gone = false");
            add(c, lines, "product", "select id, catalog_id, article, name, unit, manufacturer, barcode, no_catalog_entry "
                    + "from catalog_product where gone = false");
            add(c, lines, "member", "select pg.product_id, pg.group_id from catalog_product_group pg "
                    + "join catalog_product p on p.id = pg.product_id where p.gone = false");
            add(c, lines, "offer", "select id, product_id, name, article, unit, characteristics, stock from catalog_offer "
                    + "where present = true");
            add(c, lines, "price", "select o.id, c.price_type_id, c.amount, c.currency, c.unit, c.coefficient "
                    + "from catalog_price c join catalog_offer o on o.offer_no = c.offer_no where o.present = true");
            add(c, lines, "stock", "select o.id, c.warehouse_id, c.quantity from catalog_stock c "
                    + "join catalog_offer o on o.offer_no = c.offer_no where o.present = true");
        }
        lines.sort(null);
        return lines;
    }

    private static void add(Connection c, List<String> lines, String kind, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(kind);
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    line.append(" | ").append(rs.getString(i));
                }
                lines.add(line.toString());
            }
        }
    }

    private Snapshot() {
    }
}
