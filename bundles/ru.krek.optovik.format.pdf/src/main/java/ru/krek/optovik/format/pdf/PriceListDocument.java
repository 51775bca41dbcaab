package ru.krek.optovik.format.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import ru.krek.optovik.api.pricelist.CellText;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/** One write of one list: pages filled top to bottom, then every page's footer once the count is known. */
final class PriceListDocument {

    static final float BODY = 7.5f;
    static final float TITLE = 13f;
    static final float NOTE = 8.5f;
    private static final float LEADING = 9.2f;
    private static final float PAD = 2.5f;
    private static final float BOTTOM = 34;
    private static final int NAME_LINES = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PDDocument document;
    private final PdfText text;
    private final PriceList list;
    private final PriceListHeader header;
    private final Columns columns;
    private final Canvas canvas;
    // DecimalFormat is not thread-safe: one per write, as several lists may be written at once
    private final DecimalFormat money = number("#,##0.00");
    private final DecimalFormat quantity = number("#,##0.###");
    private float y;

    PriceListDocument(PDDocument document, PdfText text, PriceList list) {
        this.document = document;
        this.text = text;
        this.list = list;
        this.header = list.header();
        this.columns = Columns.of(header);
        this.canvas = new Canvas(text);
    }

    void write() throws IOException {
        newPage();
        titleBlock();
        headerRow();
        for (PriceListSection section : list.sections()) {
            groupRow(section);
            for (PriceListLine line : section.lines()) {
                line(line);
            }
        }
        canvas.close();
        footers();
    }

    private void titleBlock() throws IOException {
        float width = columns.right() - Columns.MARGIN;
        y -= TITLE;
        canvas.text(Columns.MARGIN, y, text.cut(text.showable("Прайс-лист " + CellText.neutralise(header.supplier())), TITLE, width), TITLE);
        List<String> notes = new ArrayList<>();
        notes.add("Дата: " + header.date().format(DATE));
        notes.add("Условия: " + CellText.neutralise(header.terms()) + "; тип цен: " + CellText.neutralise(header.priceType())
                + "; " + header.vatNote() + (header.currency() == null ? "" : "; валюта: " + header.currency()));
        notes.add("Группы: " + (header.groups().isEmpty() ? "весь каталог" : CellText.neutralise(String.join(", ", header.groups()))));
        notes.add((header.inStockOnly() ? "Только товары в наличии. " : "") + "Не вошло (нет цены в типе цен): " + header.leftOut());
        y -= 4;
        for (String note : notes) {
            for (String line : text.wrap(text.showable(note), NOTE, width, NAME_LINES)) {
                y -= NOTE + 2.5f;
                canvas.text(Columns.MARGIN, y, line, NOTE);
            }
        }
        y -= 8;
    }

    private void headerRow() throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < columns.titles().size(); c++) {
            List<String> wrapped = text.wrap(text.showable(columns.titles().get(c)), BODY, columns.widths()[c] - 2 * PAD, 3);
            cells.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float height = lines * LEADING + 2 * PAD;
        canvas.fill(Columns.MARGIN, y - height, columns.right() - Columns.MARGIN, height, Canvas.HEADER_FILL);
        row(cells, height, -1);
    }

    private void groupRow(PriceListSection section) throws IOException {
        float height = LEADING + 2 * PAD;
        // a group's row never ends a page: it goes with the first row under it
        room(height + LEADING + 2 * PAD);
        canvas.fill(Columns.MARGIN, y - height, columns.right() - Columns.MARGIN, height, Canvas.GROUP_FILL);
        float indent = PAD + 9 * section.level();
        String name = text.cut(text.showable(CellText.neutralise(section.name())), BODY,
                columns.right() - Columns.MARGIN - indent - PAD);
        canvas.text(Columns.MARGIN + indent, baseline(y), name, BODY);
        y -= height;
    }

    private void line(PriceListLine line) throws IOException {
        List<List<String>> cells = new ArrayList<>(columns.widths().length);
        cells.add(List.of(cut(CellText.neutralise(line.article()), 0)));
        List<String> name = text.wrap(text.showable(CellText.neutralise(line.name())), BODY,
                columns.widths()[Columns.NAME] - 2 * PAD, NAME_LINES);
        cells.add(name);
        cells.add(List.of(cut(CellText.neutralise(line.manufacturer()), 2)));
        cells.add(List.of(cut(CellText.neutralise(line.unit()), 3)));
        cells.add(List.of(money.format(line.price())));
        cells.add(List.of(line.stock() == null ? "" : quantity.format(line.stock())));
        for (int w = 0; w < header.warehouses().size(); w++) {
            BigDecimal stock = w < line.stockByWarehouse().size() ? line.stockByWarehouse().get(w) : null;
            cells.add(List.of(stock == null ? "" : quantity.format(stock)));
        }
        float height = Math.max(1, name.size()) * LEADING + 2 * PAD;
        room(height);
        row(cells, height, Columns.FIRST_NUMBER);
    }

    /** Cells top-aligned; from {@code firstNumber} on (if not negative) right-aligned. */
    private void row(List<List<String>> cells, float height, int firstNumber) throws IOException {
        canvas.beginText();
        for (int c = 0; c < cells.size(); c++) {
            float base = baseline(y);
            boolean right = firstNumber >= 0 && c >= firstNumber;
            for (String value : cells.get(c)) {
                float x = right ? columns.x()[c] + columns.widths()[c] - PAD - text.width(value, BODY) : columns.x()[c] + PAD;
                canvas.textAt(x, base, value, BODY);
                base -= LEADING;
            }
        }
        canvas.endText();
        y -= height;
        canvas.rule(Columns.MARGIN, columns.right(), y);
    }

    private String cut(String value, int column) {
        return text.cut(text.showable(value), BODY, columns.widths()[column] - 2 * PAD);
    }

    /** A new page (with the header row again) when {@code height} does not fit on this one. */
    private void room(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            headerRow();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(columns.page());
        document.addPage(page);
        canvas.open(new PDPageContentStream(document, page));
        y = columns.page().getHeight() - Columns.MARGIN;
    }

    private float baseline(float top) {
        return top - PAD - BODY * 0.8f;
    }

    /** «стр. N из M» needs M: each page gets its footer appended once all are laid out. */
    private void footers() throws IOException {
        int pages = document.getNumberOfPages();
        String left = text.showable(CellText.neutralise(header.supplier()) + " · прайс-лист на " + header.date().format(DATE)
                + " · " + header.vatNote());
        for (int n = 1; n <= pages; n++) {
            try (Canvas footer = new Canvas(text)) {
                footer.open(new PDPageContentStream(document, document.getPage(n - 1), AppendMode.APPEND, true));
                String page = "стр. " + n + " из " + pages;
                footer.text(Columns.MARGIN, 16, text.cut(left, BODY, 360), BODY);
                footer.text(columns.right() - text.width(page, BODY), 16, page, BODY);
            }
        }
    }

    private static DecimalFormat number(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('\u00A0');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        return format;
    }
}
