package ru.krek.optovik.clients.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.PriceListFrequency;

class ClientColumnsTest {

    static final Consent CONSENT = new Consent("import", Instant.parse("2025-06-01T00:00:00Z"), "list.csv");

    @Test
    void aRowBecomesAClient() throws Exception {
        NewClient c = ClientColumns.client(Map.of("company", "ООО «Ромашка»", "inn", "7707083893", "email", "a@b.ru",
                "status", "paused", "groups", "g1, g2", "pricelist_frequency", "weekly", "discount", "опт",
                "in_stock_only", "да"), Map.of("опт", 7L), CONSENT);
        assertEquals(ClientStatus.PAUSED, c.status());
        assertEquals(List.of("g1", "g2"), c.groups().ids());
        assertEquals(PriceListFrequency.WEEKLY, c.options().priceLists());
        assertEquals(7L, c.discountTypeId());
        assertTrue(c.options().inStockOnly());
    }

    @Test
    void badWordsNameTheirColumn() {
        Map<String, String> problems = assertThrows(InvalidClientException.class, () -> ClientColumns.client(Map.of("company",
                "Альфа", "inn", "7707083893", "email", "a@b.ru", "status", "gone", "discount", "VIP", "in_stock_only", "maybe"),
                Map.of(), CONSENT)).problems();
        assertEquals(List.of("status", "in_stock_only", "discount"), List.copyOf(problems.keySet()));
        assertTrue(problems.get("status").startsWith("status must be one of pending, active"), problems.toString());
        assertTrue(problems.get("discount").startsWith("no discount type named VIP"), problems.toString());
    }

    @Test
    void fieldProblemsAndWordProblemsComeTogether() {
        Map<String, String> problems = assertThrows(InvalidClientException.class, () -> ClientColumns.client(Map.of("company", "",
                "inn", "123", "email", "nope", "stock", "some"), Map.of(), CONSENT)).problems();
        assertEquals(List.of("company", "inn", "email", "stock"), List.copyOf(problems.keySet()));
    }

    @Test
    void csvWithSemicolonsAndBomReadsBackAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients.csv");
        CsvFiles.write(file, List.of("company", "email"), List.of(List.of("ООО «Ромашка; и Ко»", "a@b.ru"), List.of("ИП \"Лютик\"", "c@d.ru")));
        assertTrue(Files.readString(file).startsWith("\uFEFFcompany;email"));
        Sheet sheet = CsvFiles.read(file);
        assertEquals(List.of("company", "email"), sheet.header());
        assertEquals("ООО «Ромашка; и Ко»", sheet.rows().get(0).cells().get("company"));
        assertEquals("ИП \"Лютик\"", sheet.rows().get(1).cells().get("company"));
        assertEquals(List.of(2, 3), sheet.rows().stream().map(Sheet.Row::number).toList());
    }

    @Test
    void blankLinesAreSkippedAndRowNumbersStayThoseOfTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients.csv");
        Files.writeString(file, "company;inn;email\n\nАльфа;7707083893;a@b.ru\n;;\nБета;7736207543;b@c.ru\n");
        assertEquals(List.of(3, 5), CsvFiles.read(file).rows().stream().map(Sheet.Row::number).toList());
    }

    @Test
    void commaSeparatedFilesAreReadToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients.csv");
        Files.writeString(file, "company,inn,email\nАльфа,7707083893,a@b.ru\n");
        assertEquals("7707083893", CsvFiles.read(file).rows().get(0).cells().get("inn"));
    }
}
