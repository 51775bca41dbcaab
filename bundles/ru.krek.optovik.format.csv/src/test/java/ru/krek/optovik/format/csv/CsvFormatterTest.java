package ru.krek.optovik.format.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.format.samples.SamplePriceLists;

/** The CSV read back with Commons CSV as a Russian Excel reads it: BOM, {@code ;}, decimal comma. */
class CsvFormatterTest {

    private final CsvFormatter formatter = new CsvFormatter();

    @Test
    void startsWithTheByteOrderMarkAndUsesCrLf() throws IOException {
        byte[] bytes = write(SamplePriceLists.small());
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "CRLF line ends");
    }

    @Test
    void titleBlockNamesTheTerms() throws IOException {
        Map<String, String> title = records(SamplePriceLists.small()).stream().limit(9)
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
        assertEquals("ООО «КРЭК»", title.get("Прайс-лист"));
        assertEquals("27.11.2026", title.get("Дата"));
        assertEquals("Оптовая − 5 %", title.get("Условия"));
        assertEquals("Оптовая", title.get("Тип цен"));
        assertEquals("цены с НДС", title.get("Цены"));
        assertEquals("RUB", title.get("Валюта"));
        assertEquals("Инструмент, Крепёж", title.get("Группы"));
        assertEquals("3", title.get("Не вошло (нет цены)"));
    }

    @Test
    void oneRowPerOfferWithGroupPathDecimalCommaAndStockPerWarehouse() throws IOException {
        List<CSVRecord> records = records(SamplePriceLists.small());
        assertEquals(1, records.get(9).size(), "an empty row after the title block");
        assertEquals(List.of("Группа", "Артикул", "Наименование", "Производитель", "Ед.", "Цена, RUB", "Остаток",
                "Остаток: Москва", "Остаток: Санкт-Петербург", "Код"), records.get(10).toList());
        List<CSVRecord> lines = records.subList(11, records.size());
        assertEquals(6, lines.size());
        assertEquals(List.of("Инструмент / Ручной инструмент / Отвёртки", "ОТВ-PH2", "Отвёртка крестовая PH2 × 100 мм",
                "Kraftool", "шт", "1234,56", "1250", "1000", "250", "o2"), lines.get(1).toList());
        assertEquals(List.of("Крепёж", "", "Саморез по дереву 3,5×25, фасовка «на вес»", "", "кг", "312,40", "12,5",
                "10,25", "2,25", "o5"), lines.get(4).toList());
        assertEquals(List.of("Крепёж", "ГВЗ-100", "Гвозди строительные 100 мм", "Северсталь", "кг", "145,00", "", "",
                "", "o6"), lines.get(5).toList(), "unknown stock stays empty");
        assertEquals(SamplePriceLists.LONG_NAME, lines.get(3).get(2), "never cut");
    }

    @Test
    void formulaLookingTextIsNeutralised() throws IOException {
        CSVRecord line = records(SamplePriceLists.small()).get(13);
        assertEquals("'-12", line.get(1));
        assertEquals("'" + SamplePriceLists.FORMULA_NAME, line.get(2));
        assertEquals("'@Атака", line.get(3));
    }

    @Test
    void listWithoutWarehousesHasOnlyTheTotal() throws IOException {
        PriceList list = SamplePriceLists.generated(1000, List.of(), 1);
        List<CSVRecord> records = records(list);
        assertEquals(List.of("Группа", "Артикул", "Наименование", "Производитель", "Ед.", "Цена, RUB", "Остаток", "Код"),
                records.get(10).toList());
        assertEquals(1000, records.size() - 11);
        assertEquals("Раздел 8 / Подраздел 8.4 / Группа 8.4.3", records.get(records.size() - 1).get(0));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        ClosingWatch out = new ClosingWatch();
        formatter.write(SamplePriceLists.small(), out);
        assertTrue(!out.closed && out.size() > 0);
    }

    private List<CSVRecord> records(PriceList list) throws IOException {
        String text = new String(write(list), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                org.apache.commons.csv.CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            return parser.getRecords();
        }
    }

    private byte[] write(PriceList list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formatter.write(list, out);
        return out.toByteArray();
    }

    private static final class ClosingWatch extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
