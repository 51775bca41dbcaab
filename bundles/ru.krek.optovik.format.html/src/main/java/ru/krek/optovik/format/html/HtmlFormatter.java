package ru.krek.optovik.format.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.api.pricelist.CellText;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/** The example format: one HTML page, a table with group rows (see package-info for adding a format). */
@Component(service = PriceListFormatter.class)
public class HtmlFormatter implements PriceListFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String displayName() {
        return "Веб-страница (HTML)";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        PriceListHeader header = list.header();
        html.write("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Прайс-лист "
                + text(header.supplier()) + "</title>\n<style>table{border-collapse:collapse}td,th{padding:2px 6px;"
                + "border-bottom:1px solid #ccc}.n{text-align:right}.g{background:#dce6f1;font-weight:bold}</style>"
                + "</head><body>\n<h1>Прайс-лист " + text(header.supplier()) + "</h1>\n<p>Дата: "
                + header.date().format(DATE) + "<br>Условия: " + text(header.terms()) + "; тип цен: "
                + text(header.priceType()) + "; " + header.vatNote() + "<br>Не вошло (нет цены): " + header.leftOut()
                + "</p>\n<table>\n<tr><th>Артикул<th>Наименование<th>Производитель<th>Ед.<th>Цена<th>Остаток");
        for (String warehouse : header.warehouses()) {
            html.write("<th>" + text(warehouse));
        }
        html.write("</tr>\n");
        int columns = 6 + header.warehouses().size();
        for (PriceListSection section : list.sections()) {
            html.write("<tr class=\"g\"><td colspan=\"" + columns + "\" style=\"padding-left:" + (6 + 16 * section.level())
                    + "px\">" + text(section.name()) + "</tr>\n");
            for (PriceListLine line : section.lines()) {
                html.write("<tr><td>" + text(line.article()) + "<td>" + text(line.name()) + "<td>"
                        + text(line.manufacturer()) + "<td>" + text(line.unit()) + "<td class=\"n\">"
                        + number(line.price()) + "<td class=\"n\">" + number(line.stock()));
                for (int w = 0; w < header.warehouses().size(); w++) {
                    html.write("<td class=\"n\">" + number(w < line.stockByWarehouse().size() ? line.stockByWarehouse().get(w) : null));
                }
                html.write("</tr>\n");
            }
        }
        html.write("</table>\n</body></html>\n");
        html.flush(); // not closed: the caller's stream stays open
    }

    /** Neutralised (a copy into a spreadsheet stays text), then escaped for HTML. */
    static String text(String value) {
        String safe = CellText.neutralise(value);
        StringBuilder out = new StringBuilder(safe.length() + 16);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
