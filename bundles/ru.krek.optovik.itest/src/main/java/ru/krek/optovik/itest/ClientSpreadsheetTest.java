package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientQuery;

/**
 * client:import and client:export with Excel workbooks (KREK keeps its client list in Excel), against a
 * real Firebird: the workbooks are made and read here with POI, as Excel would.
 */
class ClientSpreadsheetTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"Скидка\")";

    @Test
    void anXlsxListImportsGoodRowsRejectsBadOnesAndExportsBackAsText() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("xlsx", 1);
        String[] tree = ClientFixture.parentAndChild();
        RuntimeTest.gogo("discount:add Опт --price-type Оптовая");
        Path xlsx = f.catalog.work.resolve("Клиенты КРЭК.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            XSSFSheet sheet = wb.createSheet("Клиенты");
            row(sheet, 0, "company", "inn", "kpp", "email", "phone", "discount", "groups", "status");
            row(sheet, 1, HYPERLINK, "", "773601001", "alfa@example.ru", "+7 495 123-45-67", "Опт", tree[0], "active")
                    .getCell(1).setCellValue(7707083893d); // Excel keeps a typed INN as a number
            row(sheet, 2, "ИП Сидоров", "500100732259", "773601001", "sidorov@example.ru", "", "", "", "");
            row(sheet, 3, "ООО Нет группы", "7736050003", "", "nogroup@example.ru", "", "VIP", "no-such-group", "");
            row(sheet, 5, "ООО Бета", "7736207543", "", "beta@example.ru", "+7 (812) 000-00-00", "", "all", "paused");
            wb.write(out);
        }

        String report = RuntimeTest.gogo("client:import '" + xlsx + "'");
        List<String> lines = report.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("imported: 2", "rejected: 2"), lines.subList(0, 2), report);
        assertTrue(lines.get(2).startsWith("row 3: kpp: "), report);
        assertTrue(lines.get(3).startsWith("row 4: discount: no discount type named VIP"), report);
        assertEquals(4, lines.size(), report);
        assertEquals(List.of("alfa@example.ru", "beta@example.ru"), f.directory.list(ClientQuery.all()).stream()
                .map(c -> c.details().email()).toList(), "the rejected rows stored nothing");
        Client alfa = f.directory.findByEmail("alfa@example.ru").orElseThrow();
        assertEquals(HYPERLINK, alfa.details().company(), "data is kept as given; only its exports are neutralised");
        assertEquals("7707083893", alfa.details().inn());
        assertEquals("+7 495 123-45-67", alfa.details().phone());
        assertEquals(List.of(tree[0]), alfa.groups().ids());

        Path exported = f.catalog.work.resolve("out/clients.xlsx");
        assertTrue(RuntimeTest.gogo("client:export " + exported).strip().endsWith(": 2 clients"));
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Map<String, Integer> column = new HashMap<>();
            sheet.getRow(0).forEach(c -> column.put(c.getStringCellValue(), c.getColumnIndex()));
            assertEquals(3, sheet.getPhysicalNumberOfRows());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), "every exported cell is text");
                }
            }
            Row first = sheet.getRow(1);
            Cell company = first.getCell(column.get("company"));
            assertEquals(HYPERLINK, company.getStringCellValue());
            assertTrue(company.getCellStyle().getQuotePrefixed(), "formula-like text carries Excel's quote prefix");
            assertEquals("+7 495 123-45-67", first.getCell(column.get("phone")).getStringCellValue());
            assertEquals("7707083893", first.getCell(column.get("inn")).getStringCellValue());
            assertEquals("Опт", first.getCell(column.get("discount")).getStringCellValue());
            assertFalse(first.getCell(column.get("email")).getCellStyle().getQuotePrefixed());
            assertEquals("paused", sheet.getRow(2).getCell(column.get("status")).getStringCellValue());
        }

        // the same list as CSV: the formula is neutralised with an apostrophe that import takes off again
        Path csv = f.catalog.work.resolve("out/clients.csv");
        RuntimeTest.gogo("client:export " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(") && text.contains(";'+7 495 123-45-67;"), text);

        // an exported workbook imports into another directory as the same clients
        ClientFixture g = ClientFixture.withCatalog("xlsx-again", 1);
        RuntimeTest.gogo("discount:add Опт --price-type Оптовая");
        assertTrue(RuntimeTest.gogo("client:import " + exported).startsWith("imported: 2\nrejected: 0"));
        Client again = g.directory.findByEmail("alfa@example.ru").orElseThrow();
        assertEquals(alfa.details(), again.details());
        assertEquals(alfa.groups(), again.groups());
        assertEquals("+7 (812) 000-00-00", g.directory.findByEmail("beta@example.ru").orElseThrow().details().phone());
    }

    private static Row row(XSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }
}
