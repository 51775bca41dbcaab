package ru.krek.optovik.format.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.format.samples.SamplePriceLists;

/** The workbook read back with POI's in-memory XSSF reader: values, formats, panes, outline levels. */
class XlsxFormatterTest {

    /** Title block (5 rows) and an empty row come first. */
    private static final int HEADER_ROW = 6;

    private final XlsxFormatter formatter = new XlsxFormatter();

    @Test
    void titleBlockNamesSupplierTermsDateVatGroupsAndLeftOut() throws IOException {
        try (XSSFWorkbook workbook = read(SamplePriceLists.small())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Прайс-лист", sheet.getSheetName());
            assertEquals("Прайс-лист ООО «КРЭК»", text(sheet, 0, 0));
            assertEquals("Дата: 27.11.2026", text(sheet, 1, 0));
            assertEquals("Условия: Оптовая − 5 %; тип цен: Оптовая; цены с НДС; валюта: RUB", text(sheet, 2, 0));
            assertEquals("Группы: Инструмент, Крепёж", text(sheet, 3, 0));
            assertEquals("Не вошло (нет цены в типе цен): 3", text(sheet, 4, 0));
        }
    }

    @Test
    void headerRowIsFrozenFilteredAndHasAColumnPerWarehouse() throws IOException {
        try (XSSFWorkbook workbook = read(SamplePriceLists.small())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(HEADER_ROW).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("Артикул", "Наименование", "Производитель", "Ед.", "Цена, RUB", "Остаток, всего",
                    "Остаток: Москва", "Остаток: Санкт-Петербург"), header);
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(HEADER_ROW + 1, pane.getHorizontalSplitTopRow());
            assertEquals("A7:H17", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(55 * 256, sheet.getColumnWidth(1));
            assertTrue(sheet.getFitToPage());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals("7:7", sheet.getRepeatingRows().formatAsString());
        }
    }

    @Test
    void groupRowsAndLinesCarryOutlineLevelsOfTheTree() throws IOException {
        try (XSSFWorkbook workbook = read(SamplePriceLists.small())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            // below the header: a group's row, its own lines, then its subgroups, depth first
            List<String> seen = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            for (int r = HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                seen.add(text(sheet, r, 0));
                levels.add(sheet.getRow(r).getOutlineLevel());
            }
            assertEquals(List.of("Инструмент", "Ручной инструмент", "МЛТ-500", "Отвёртки", "ОТВ-PH2", "'-12", "НТГ-94",
                    "Крепёж", "", "ГВЗ-100"), seen);
            assertEquals(List.of(0, 1, 2, 2, 3, 3, 3, 0, 1, 1), levels);
            assertEquals(2, sheet.getRow(HEADER_ROW + 4).getCell(0).getCellStyle().getIndention(), "«Отвёртки» indented");
            assertFalse(sheet.getCTWorksheet().getSheetPr().getOutlinePr().getSummaryBelow(), "group rows above their lines");
            assertEquals(3, sheet.getCTWorksheet().getSheetFormatPr().getOutlineLevelRow());
        }
    }

    @Test
    void moneyAndQuantitiesAreNumbersWithFormats() throws IOException {
        try (XSSFWorkbook workbook = read(SamplePriceLists.small())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row screwdriver = sheet.getRow(HEADER_ROW + 5);
            assertEquals("Отвёртка крестовая PH2 × 100 мм", screwdriver.getCell(1).getStringCellValue());
            assertNumber(screwdriver.getCell(4), 1234.56, "#,##0.00");
            assertNumber(screwdriver.getCell(5), 1250, "#,##0");
            assertNumber(screwdriver.getCell(6), 1000, "#,##0");
            assertNumber(screwdriver.getCell(7), 250, "#,##0");
            Row screws = sheet.getRow(HEADER_ROW + 9);
            assertEquals("кг", screws.getCell(3).getStringCellValue());
            assertNumber(screws.getCell(4), 312.40, "#,##0.00");
            assertNumber(screws.getCell(5), 12.5, "#,##0.000");
            assertNumber(screws.getCell(6), 10.25, "#,##0.000");
            Row nails = sheet.getRow(HEADER_ROW + 10);
            assertNull(nails.getCell(5), "unknown stock stays empty");
            assertNull(nails.getCell(6));
            Row formula = sheet.getRow(HEADER_ROW + 6);
            assertNull(formula.getCell(7), "unknown stock in one warehouse stays empty");
        }
    }

    @Test
    void formulaLookingTextStaysText() throws IOException {
        try (XSSFWorkbook workbook = read(SamplePriceLists.small())) {
            Row row = workbook.getSheetAt(0).getRow(HEADER_ROW + 6);
            for (int c = 0; c < 3; c++) {
                assertEquals(CellType.STRING, row.getCell(c).getCellType());
            }
            assertEquals("'-12", row.getCell(0).getStringCellValue());
            assertEquals("'" + SamplePriceLists.FORMULA_NAME, row.getCell(1).getStringCellValue());
            assertEquals("'@Атака", row.getCell(2).getStringCellValue());
        }
    }

    @Test
    void longListStreamsEveryLineWithoutWarehouseColumns() throws IOException {
        PriceList list = SamplePriceLists.generated(20_000, List.of(), 7);
        try (XSSFWorkbook workbook = read(list)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(6, sheet.getRow(HEADER_ROW).getLastCellNum());
            assertEquals("Остаток", text(sheet, HEADER_ROW, 5));
            // every line and every section (8 + 32 + 96 group rows)
            assertEquals(HEADER_ROW + 20_000 + 136, sheet.getLastRowNum());
            assertEquals("Раздел 1", text(sheet, HEADER_ROW + 1, 0));
            assertEquals("АРТ-119999", text(sheet, sheet.getLastRowNum(), 0));
        }
    }

    /** A person looks at target/xlsx-sample.xlsx (and its PNG where LibreOffice is installed). */
    @Test
    void sampleIsLeftForAPersonToLookAt() throws IOException, InterruptedException {
        Path target = Files.createDirectories(Path.of("target"));
        Path file = target.resolve("xlsx-sample.xlsx");
        try (var out = Files.newOutputStream(file)) {
            formatter.write(SamplePriceLists.small(), out);
        }
        assertTrue(Files.size(file) > 0);
        LibreOffice.toPng(file, target);
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertEquals(value, cell.getNumericCellValue(), 1e-9);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private XSSFWorkbook read(PriceList list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formatter.write(list, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
