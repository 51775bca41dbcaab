package ru.krek.optovik.clients.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.krek.optovik.api.pricelist.CellText;

/**
 * Client lists as Excel workbooks (Apache POI): the first sheet, the first row naming the columns. Every
 * cell is text as Excel shows it (an INN typed as a number reads as its digits); a formula cell gives its
 * last computed value, never its formula.
 */
final class XlsxFiles {

    private static final int MAX_WIDTH = 60;

    private XlsxFiles() {
    }

    static Sheet read(Path file) throws IOException {
        DataFormatter text = new DataFormatter(java.util.Locale.ROOT);
        text.setUseCachedValuesForFormulaCells(true);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Sheet(List.of(), List.of());
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            List<Sheet.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : text.formatCellValue(cell));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                        header = header.subList(0, header.size() - 1);
                    }
                    continue;
                }
                Map<String, String> named = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    named.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(new Sheet.Row(row.getRowNum() + 1, named));
            }
            return new Sheet(header == null ? List.of() : header, rows);
        } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new IllegalArgumentException(file.getFileName() + " is not an .xlsx workbook (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Every cell a text cell. Text a spreadsheet would take for a formula (CellText) gets Excel's own quote
     * prefix, the hidden form of the apostrophe: it shows and reads back as written, and stays text when edited.
     */
    static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet("clients");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            int[] widths = new int[header.size()];
            writeRow(sheet.createRow(0), header, bold, quoted, widths);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r), null, quoted, widths);
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style, CellStyle quoted, int[] widths) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c) == null ? "" : values.get(c);
            Cell cell = row.createCell(c);
            cell.setCellValue(value);
            if (!CellText.neutralise(value).equals(value)) {
                cell.setCellStyle(quoted);
            } else if (style != null) {
                cell.setCellStyle(style);
            }
            if (c < widths.length) {
                widths[c] = Math.max(widths[c], value.length());
            }
        }
    }
}
