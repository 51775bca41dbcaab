package ru.krek.optovik.clients.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client lists as .xlsx: what Excel users actually type, and what the export writes. */
class XlsxFilesTest {

    @Test
    void aSheetAsExcelUsersFillItIn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Клиенты");
            row(sheet, 0, "company", "inn", "email", "");
            Row r = row(sheet, 1, "ООО «Альфа»", null, "alfa@example.ru");
            r.createCell(1).setCellValue(7707083893d); // typed as a number
            // row 3 left empty: skipped, later rows keep their own numbers
            Row f = row(sheet, 3, "ИП Сидоров", "500100732259", null);
            f.createCell(2).setCellFormula("\"sidorov\"&\"@example.ru\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("ignored");
            wb.write(out);
        }
        Sheet sheet = SheetFiles.read(file);
        assertEquals(List.of("company", "inn", "email"), sheet.header());
        assertEquals(List.of(2, 4), sheet.rows().stream().map(Sheet.Row::number).toList());
        assertEquals("7707083893", sheet.rows().get(0).cells().get("inn"));
        assertEquals("sidorov@example.ru", sheet.rows().get(1).cells().get("email"), "a formula gives its value");
    }

    @Test
    void exportedCellsAreTextAndFormulaLikeOnesQuotePrefixed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out.xlsx");
        SheetFiles.write(file, "xlsx", List.of("company", "phone", "city"),
                List.of(List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+7 495 000-00-00", "Москва")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Row row = wb.getSheetAt(0).getRow(1);
            for (Cell cell : row) {
                assertEquals(CellType.STRING, cell.getCellType(), "no formulas, ever");
            }
            assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", row.getCell(0).getStringCellValue());
            assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed(), "Excel keeps it text when edited");
            assertEquals("+7 495 000-00-00", row.getCell(1).getStringCellValue());
            assertTrue(row.getCell(1).getCellStyle().getQuotePrefixed());
            assertFalse(row.getCell(2).getCellStyle().getQuotePrefixed());
        }
        Sheet back = SheetFiles.read(file);
        assertEquals("+7 495 000-00-00", back.rows().get(0).cells().get("phone"));
    }

    @Test
    void aFileThatIsNoWorkbookIsBadUsage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients.xlsx");
        Files.writeString(file, "company;inn;email\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SheetFiles.read(file));
        assertTrue(e.getMessage().startsWith("clients.xlsx is not an .xlsx workbook"), e.getMessage());
    }

    private static Row row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }
}
