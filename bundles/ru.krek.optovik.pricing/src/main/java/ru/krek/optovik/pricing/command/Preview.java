package ru.krek.optovik.pricing.command;

import java.math.BigDecimal;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;
import ru.krek.optovik.api.shell.Table;

/** A list's terms as key: value lines, then its first lines as a table. */
final class Preview {

    private Preview() {
    }

    static String of(PriceList list, int count) {
        PriceListHeader h = list.header();
        StringBuilder out = new StringBuilder();
        out.append("terms: ").append(h.terms()).append('\n')
                .append("price-type: ").append(h.priceType()).append('\n')
                .append("currency: ").append(h.currency()).append('\n')
                .append("vat: ").append(h.vatNote()).append('\n')
                .append("groups: ").append(h.groups().isEmpty() ? "all" : String.join(", ", h.groups())).append('\n')
                .append("in-stock-only: ").append(h.inStockOnly()).append('\n')
                .append("date: ").append(h.date()).append('\n')
                .append("lines: ").append(list.lineCount()).append('\n')
                .append("left-out: ").append(h.leftOut()).append('\n');
        Table table = h.stockPerWarehouse() ? new Table(header(h)) : new Table("group", "article", "name",
                "manufacturer", "unit", "price", "stock");
        int shown = 0;
        for (PriceListSection s : list.sections()) {
            for (PriceListLine l : s.lines()) {
                if (shown++ == count) {
                    return out.append(table).toString();
                }
                String[] cells = new String[6 + (h.stockPerWarehouse() ? h.warehouses().size() : 1)];
                cells[0] = s.name();
                cells[1] = l.article();
                cells[2] = l.name();
                cells[3] = l.manufacturer();
                cells[4] = l.unit();
                cells[5] = l.price().toPlainString();
                if (h.stockPerWarehouse()) {
                    for (int i = 0; i < h.warehouses().size(); i++) {
                        cells[6 + i] = number(l.stockByWarehouse().get(i));
                    }
                } else {
                    cells[6] = number(l.stock());
                }
                table.row(cells);
            }
        }
        return out.append(table).toString();
    }

    private static String[] header(PriceListHeader h) {
        String[] names = new String[6 + h.warehouses().size()];
        System.arraycopy(new String[] {"group", "article", "name", "manufacturer", "unit", "price"}, 0, names, 0, 6);
        for (int i = 0; i < h.warehouses().size(); i++) {
            names[6 + i] = h.warehouses().get(i);
        }
        return names;
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
