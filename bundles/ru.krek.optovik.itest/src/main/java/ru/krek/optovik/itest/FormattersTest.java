package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.format.samples.SamplePriceLists;

/** The three shipped formatters as the runtime registers them, each writing a list that reads back. */
class FormattersTest {

    @Test
    void csvXlsxAndPdfAreRegisteredByTheirOwnBundles() {
        OptovikFramework.await("three formatters", () -> formatters().size() >= 3, () -> formatters().keySet().toString());
        Map<String, ServiceReference<PriceListFormatter>> formatters = formatters();
        Map<String, String> mediaTypes = Map.of("csv", "text/csv; charset=UTF-8",
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf", "application/pdf");
        for (var expected : mediaTypes.entrySet()) {
            ServiceReference<PriceListFormatter> reference = formatters.get(expected.getKey());
            assertTrue(reference != null, "no " + expected.getKey() + " formatter: " + formatters.keySet());
            PriceListFormatter formatter = OptovikFramework.context().getService(reference);
            try {
                assertEquals(expected.getValue(), formatter.mediaType());
                assertEquals(expected.getKey(), formatter.fileExtension());
                assertEquals("ru.krek.optovik.format." + expected.getKey(), reference.getBundle().getSymbolicName());
            } finally {
                OptovikFramework.context().ungetService(reference);
            }
        }
        assertTrue(!formatters.containsKey("html"), "the example HTML formatter is not in the default runtime");
    }

    @Test
    void csvReadsBackWithCommonsCsv() throws IOException {
        String text = new String(write("csv", SamplePriceLists.small()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals("Наименование", records.get(10).get(2));
            assertEquals("Отвёртка крестовая PH2 × 100 мм", records.get(12).get(2));
            assertEquals("1234,56", records.get(12).get(5));
            assertEquals("'" + SamplePriceLists.FORMULA_NAME, records.get(13).get(2));
        }
    }

    /** POI is private to the XLSX bundle; the workbook is a zip whose sheet holds the values. */
    @Test
    void xlsxIsAWorkbookWithTheLines() throws IOException {
        Map<String, String> parts = new TreeMap<>();
        // through the central directory, as spreadsheet programs read it (ZipInputStream trips over the
        // data descriptors of a streamed zip)
        Path file = Files.createTempFile("optovik-list", ".xlsx");
        try {
            Files.write(file, write("xlsx", SamplePriceLists.small()));
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        assertTrue(parts.containsKey("xl/workbook.xml"), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "");
        String all = sheet + strings;
        assertTrue(all.contains("Отвёртка крестовая PH2 × 100 мм"), all);
        assertTrue(all.contains("1234.56"), "price as a number");
        assertTrue(sheet.contains("<pane") && sheet.contains("state=\"frozen\""), "frozen header");
        assertTrue(sheet.contains("outlineLevel=\"3\""), "outline levels");
    }

    @Test
    void pdfTextComesBackWithPdfBox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write("pdf", SamplePriceLists.generated(800, List.of(), 2)))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 3, "pages: " + pages);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Прайс-лист ООО «КРЭК»"), text);
            assertTrue(text.contains("стр. 1 из " + pages) && text.contains("стр. " + pages + " из " + pages));
        }
    }

    private static byte[] write(String id, PriceList list) throws IOException {
        OptovikFramework.await(id + " formatter", () -> formatters().containsKey(id));
        ServiceReference<PriceListFormatter> reference = formatters().get(id);
        PriceListFormatter formatter = OptovikFramework.context().getService(reference);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            formatter.write(list, out);
            return out.toByteArray();
        } finally {
            OptovikFramework.context().ungetService(reference);
        }
    }

    private static Map<String, ServiceReference<PriceListFormatter>> formatters() {
        BundleContext context = OptovikFramework.context();
        Map<String, ServiceReference<PriceListFormatter>> byId = new TreeMap<>();
        try {
            for (ServiceReference<PriceListFormatter> reference : context.getServiceReferences(PriceListFormatter.class, null)) {
                PriceListFormatter formatter = context.getService(reference);
                if (formatter != null) {
                    byId.put(formatter.id(), reference);
                    context.ungetService(reference);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError(e);
        }
        return byId;
    }
}
