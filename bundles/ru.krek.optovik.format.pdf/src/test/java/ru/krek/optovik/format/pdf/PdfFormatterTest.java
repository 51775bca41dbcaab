package ru.krek.optovik.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.format.samples.SamplePriceLists;

/** The PDF read back with PDFBox's text stripper; its first page rendered to PNG for a person. */
class PdfFormatterTest {

    private final PdfFormatter formatter = new PdfFormatter();

    @Test
    void cyrillicTitleTermsLinesAndFooterComeBackAsText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(SamplePriceLists.small()))) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.toString(), pdf.getPage(0).getMediaBox().toString());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Прайс-лист ООО «КРЭК»", "Дата: 27.11.2026",
                    "Условия: Оптовая − 5 %; тип цен: Оптовая; цены с НДС; валюта: RUB", "Группы: Инструмент, Крепёж",
                    "Не вошло (нет цены в типе цен): 3", "Инструмент", "Ручной инструмент", "Отвёртки", "Крепёж",
                    "Молоток слесарный 500 г", "Отвёртка крестовая PH2 × 100 мм", "1 234,56", "1 250", "12,5", "10,25",
                    "Гвозди строительные 100 мм", "145,00", "стр. 1 из 1", "Москва", "Санкт-\nПетербург")) {
                assertTrue(text.replace('\u00A0', ' ').contains(expected), () -> "missing «" + expected + "» in\n" + text);
            }
        }
    }

    @Test
    void formulaLookingTextIsNeutralised() throws IOException {
        String text = textOf(SamplePriceLists.small());
        assertTrue(text.contains("'-12"), text);
        assertTrue(text.contains("'@Атака"), text);
        assertTrue(text.contains("'=HYPERLINK"), text);
    }

    @Test
    void longNameIsWrappedThenCut() throws IOException {
        String text = textOf(SamplePriceLists.small()).replace('\n', ' ');
        assertTrue(text.contains("Набор торцевых головок"), text);
        assertTrue(text.contains("…"), "cut with an ellipsis: " + text);
        assertFalse(text.contains("автосервиса"), "the end of a name longer than three lines is cut");
    }

    @Test
    void fontIsDejaVuEmbeddedAsSubset() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(SamplePriceLists.small()))) {
            PDPage page = pdf.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded());
                assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans"), font.getName());
                fonts++;
            }
            assertEquals(1, fonts);
        }
        assertTrue(write(SamplePriceLists.small()).length < 120_000, "a subset, not the 760 KB font");
    }

    @Test
    void longListRepeatsTheHeaderAndNumbersEveryPage() throws IOException {
        PriceList list = SamplePriceLists.generated(1500, List.of(), 3);
        try (PDDocument pdf = Loader.loadPDF(write(list))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 10, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= pages; n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String page = stripper.getText(pdf);
                assertTrue(page.contains("Наименование") && page.contains("Производитель"), "header on page " + n);
                assertTrue(page.contains("стр. " + n + " из " + pages), "footer on page " + n);
                assertTrue(page.contains("27.11.2026"), "date on page " + n);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(pdf);
            for (int i = 0; i < 1500; i += 97) {
                assertTrue(all.contains("АРТ-" + (100000 + i)), "line " + i);
            }
            assertTrue(all.contains("Группа 8.4.3"));
        }
    }

    @Test
    void manyWarehousesTurnThePageToLandscape() throws IOException {
        PriceList list = SamplePriceLists.generated(50, List.of("Москва", "Тверь", "Казань", "Самара"), 5);
        try (PDDocument pdf = Loader.loadPDF(write(list))) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Казань") && text.contains("Самара"), text);
        }
    }

    @Test
    void charactersTheFontLacksDoNotFailTheList() throws IOException {
        PriceList small = SamplePriceLists.small();
        var first = small.sections().get(1);
        var line = first.lines().get(0);
        var odd = new ru.krek.optovik.api.pricelist.PriceListLine("x", "A\tB", "Эмодзи 😀 и 中文 и \u0007звонок",
                line.manufacturer(), line.unit(), line.price(), line.stock(), line.stockByWarehouse());
        PriceList list = new PriceList(small.header(), List.of(new ru.krek.optovik.api.pricelist.PriceListSection(
                first.groupId(), first.name(), 0, List.of(odd))));
        String text = textOf(list);
        assertTrue(text.contains("Эмодзи ? и"), text);
    }

    /** A person looks at target/pdf-sample.pdf and its first page, target/pdf-sample-page1.png. */
    @Test
    void firstPageIsRenderedToPng() throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        byte[] bytes = write(SamplePriceLists.generated(300, SamplePriceLists.WAREHOUSES, 11));
        Files.write(target.resolve("pdf-sample.pdf"), bytes);
        byte[] small = write(SamplePriceLists.small());
        Files.write(target.resolve("pdf-small.pdf"), small);
        try (PDDocument pdf = Loader.loadPDF(small)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            assertTrue(ImageIO.write(image, "png", target.resolve("pdf-small-page1.png").toFile()));
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 110);
            assertTrue(ImageIO.write(image, "png", target.resolve("pdf-sample-page1.png").toFile()));
            assertTrue(image.getWidth() > 800);
        }
    }

    private String textOf(PriceList list) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(list))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private byte[] write(PriceList list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formatter.write(list, out);
        return out.toByteArray();
    }
}
