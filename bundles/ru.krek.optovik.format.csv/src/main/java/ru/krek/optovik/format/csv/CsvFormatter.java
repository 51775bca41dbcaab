package ru.krek.optovik.format.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.api.pricelist.CellText;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/** The price list as CSV for a Russian Excel; the layout is described in package-info. */
@Component(service = PriceListFormatter.class)
public class CsvFormatter implements PriceListFormatter {

    /** Excel's own CSV rules (CRLF, empty lines kept) with the Russian list separator. */
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV (Excel, ;)";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF');
        // not closed: closing the printer would close the caller's stream
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        PriceListHeader header = list.header();
        title(csv, header);
        csv.println();
        csv.printRecord(columns(header));
        List<String> path = new ArrayList<>();
        List<Object> record = new ArrayList<>();
        for (PriceListSection section : list.sections()) {
            while (path.size() > section.level()) {
                path.remove(path.size() - 1);
            }
            path.add(section.name());
            String group = CellText.neutralise(String.join(" / ", path));
            for (PriceListLine line : section.lines()) {
                record.clear();
                record.add(group);
                record.add(CellText.neutralise(line.article()));
                record.add(CellText.neutralise(line.name()));
                record.add(CellText.neutralise(line.manufacturer()));
                record.add(CellText.neutralise(line.unit()));
                record.add(money(line.price()));
                record.add(quantity(line.stock()));
                for (int w = 0; w < header.warehouses().size(); w++) {
                    record.add(quantity(w < line.stockByWarehouse().size() ? line.stockByWarehouse().get(w) : null));
                }
                record.add(line.offerId());
                csv.printRecord(record);
            }
        }
        csv.flush();
    }

    private static void title(CSVPrinter csv, PriceListHeader header) throws IOException {
        csv.printRecord("Прайс-лист", CellText.neutralise(header.supplier()));
        csv.printRecord("Дата", header.date().format(DATE));
        csv.printRecord("Условия", CellText.neutralise(header.terms()));
        csv.printRecord("Тип цен", CellText.neutralise(header.priceType()));
        csv.printRecord("Цены", header.vatNote());
        csv.printRecord("Валюта", header.currency() == null ? "" : header.currency());
        csv.printRecord("Группы", header.groups().isEmpty() ? "весь каталог"
                : CellText.neutralise(String.join(", ", header.groups())));
        csv.printRecord("Наличие", header.inStockOnly() ? "только в наличии" : "все предложения");
        csv.printRecord("Не вошло (нет цены)", header.leftOut());
    }

    static List<String> columns(PriceListHeader header) {
        List<String> columns = new ArrayList<>(List.of("Группа", "Артикул", "Наименование", "Производитель", "Ед.",
                header.currency() == null ? "Цена" : "Цена, " + header.currency(), "Остаток"));
        header.warehouses().forEach(w -> columns.add("Остаток: " + w));
        columns.add("Код");
        return columns;
    }

    /** At least kopecks, decimal comma, no grouping: Excel reads it as a number. */
    static String money(BigDecimal price) {
        return (price.scale() < 2 ? price.setScale(2) : price).toPlainString().replace('.', ',');
    }

    /** Empty when unknown; no trailing zeros. */
    static String quantity(BigDecimal stock) {
        return stock == null ? "" : stock.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
