package ru.krek.optovik.format.xlsx;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.krek.optovik.api.pricelist.CellText;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/** One write of one list: the sheet filled top to bottom, each row once (SXSSF cannot go back). */
final class PriceListSheet {

    /** Excel shows at most 7 outline levels. */
    static final int MAX_OUTLINE = 7;
    /** Article, name, manufacturer, unit, price, total stock; then one stock column per warehouse. */
    static final int FIXED_COLUMNS = 6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final SXSSFSheet sheet;
    private final PriceList list;
    private final PriceListHeader header;
    private final Styles styles;
    private final int columns;
    private int next;

    PriceListSheet(SXSSFWorkbook workbook, PriceList list) {
        this.list = list;
        this.header = list.header();
        this.sheet = workbook.createSheet("Прайс-лист");
        this.styles = Styles.of(workbook);
        this.columns = FIXED_COLUMNS + header.warehouses().size();
    }

    void write() {
        widths();
        titleBlock();
        next++;
        int headerRow = next;
        headerRow();
        // a group's row sits above its lines, so the outline's +/- buttons go there too
        sheet.setRowSumsBelow(false);
        for (PriceListSection section : list.sections()) {
            Row row = row(Math.min(section.level(), MAX_OUTLINE));
            text(row, 0, CellText.neutralise(section.name()), styles.group(section.level()));
            for (int c = 1; c < columns; c++) {
                row.createCell(c).setCellStyle(styles.group(0));
            }
            int level = Math.min(section.level() + 1, MAX_OUTLINE);
            for (PriceListLine line : section.lines()) {
                line(row(level), line);
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(headerRow);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns - 1));
    }

    /** Printed: A4 landscape, all columns on one page wide, the header row on every page. */
    private void printSetup(int headerRow) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    private void titleBlock() {
        text(row(0), 0, "Прайс-лист " + CellText.neutralise(header.supplier()), styles.title());
        text(row(0), 0, "Дата: " + header.date().format(DATE), styles.text());
        text(row(0), 0, "Условия: " + CellText.neutralise(header.terms()) + "; тип цен: "
                + CellText.neutralise(header.priceType()) + "; " + header.vatNote()
                + (header.currency() == null ? "" : "; валюта: " + header.currency()), styles.text());
        text(row(0), 0, "Группы: " + (header.groups().isEmpty() ? "весь каталог"
                : CellText.neutralise(String.join(", ", header.groups()))), styles.text());
        text(row(0), 0, (header.inStockOnly() ? "Только товары в наличии. " : "")
                + "Не вошло (нет цены в типе цен): " + header.leftOut(), styles.text());
    }

    private void headerRow() {
        List<String> names = new ArrayList<>(List.of("Артикул", "Наименование", "Производитель", "Ед.",
                header.currency() == null ? "Цена" : "Цена, " + header.currency(),
                header.stockPerWarehouse() ? "Остаток, всего" : "Остаток"));
        header.warehouses().forEach(w -> names.add("Остаток: " + w));
        Row row = row(0);
        for (int c = 0; c < names.size(); c++) {
            text(row, c, names.get(c), styles.header());
        }
    }

    private void line(Row row, PriceListLine line) {
        text(row, 0, CellText.neutralise(line.article()), styles.line());
        text(row, 1, CellText.neutralise(line.name()), styles.line());
        text(row, 2, CellText.neutralise(line.manufacturer()), styles.line());
        text(row, 3, CellText.neutralise(line.unit()), styles.line());
        Cell price = row.createCell(4);
        price.setCellValue(line.price().doubleValue());
        price.setCellStyle(styles.money());
        quantity(row, 5, line.stock());
        List<BigDecimal> byWarehouse = line.stockByWarehouse();
        for (int w = 0; w < header.warehouses().size() && w < byWarehouse.size(); w++) {
            quantity(row, FIXED_COLUMNS + w, byWarehouse.get(w));
        }
    }

    /** An unknown stock stays an empty cell, not a zero. */
    private void quantity(Row row, int column, BigDecimal value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        cell.setCellStyle(whole ? styles.wholeQuantity() : styles.fractionalQuantity());
    }

    private Row row(int outlineLevel) {
        Row row = sheet.createRow(next);
        if (outlineLevel > 0) {
            sheet.setRowOutlineLevel(next, outlineLevel);
        }
        next++;
        return row;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Fixed widths (in characters): measuring every cell would cost more than writing the sheet. */
    private void widths() {
        int[] chars = {16, 55, 22, 7, 14, 12};
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 256 * (c < chars.length ? chars[c] : 12));
        }
    }
}
