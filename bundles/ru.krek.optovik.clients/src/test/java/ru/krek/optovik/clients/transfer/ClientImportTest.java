package ru.krek.optovik.clients.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.clients.internal.ClientValidation;

/** One import for both formats: the same rows give the same clients and the same report. */
class ClientImportTest {

    private static final List<String> HEADER = List.of("company", "inn", "kpp", "email", "phone", "status", "in_stock_only");
    private static final List<List<String>> ROWS = List.of(
            List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "7707083893", "773601001", "alfa@example.ru", "+7 495 000-00-00", "active", "да"),
            List.of("ИП Сидоров", "500100732259", "773601001", "sidorov@example.ru", "", "active", ""),
            List.of("ООО Бета", "7707083894", "", "beta@example.ru", "", "sleeping", "maybe"),
            List.of("-минус", "7736207543", "", "minus@example.ru", "@home", "", ""));

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void bothFormatsImportAlikeAndReportRowColumnAndReason(String kind, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients." + kind);
        SheetFiles.write(file, kind, HEADER, ROWS);
        List<NewClient> added = new ArrayList<>();
        ClientImport.Report report = new ClientImport(directory(added)).run(SheetFiles.read(file), List.of(), file.toString(),
                Instant.parse("2026-01-01T00:00:00Z"));

        assertEquals(2, report.imported());
        assertEquals(2, report.rejectedRows());
        assertEquals(List.of("row 3: kpp", "row 4: inn", "row 4: status", "row 4: in_stock_only"),
                report.rejections().stream().map(r -> "row " + r.row() + ": " + r.column()).toList());
        assertTrue(report.rejections().get(0).reason().contains("12 цифр"), report.rejections().get(0).reason());
        // formula-like text went out neutralised and came back as it was
        assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", added.get(0).details().company());
        assertEquals("+7 495 000-00-00", added.get(0).details().phone());
        assertTrue(added.get(0).options().inStockOnly());
        assertEquals("-минус", added.get(1).details().company());
        assertEquals("@home", added.get(1).details().phone());
        assertEquals("import", added.get(0).consent().textVersion());
    }

    @Test
    void csvCellsAreNeutralisedOnTheWayOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clients.csv");
        SheetFiles.write(file, "csv", HEADER, ROWS.subList(0, 1));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\";"), text);
        assertTrue(text.contains(";'+7 495 000-00-00;"), text);
    }

    @Test
    void onlyTheExportsApostropheIsTakenOff() {
        assertEquals("+7 495", ClientColumns.restored("'+7 495"));
        assertEquals("=1+1", ClientColumns.restored("'=1+1"));
        assertEquals("'Ромашка'", ClientColumns.restored("'Ромашка'"), "the client's own quotes stay");
        assertEquals("'", ClientColumns.restored("'"));
    }

    /** A directory that checks details as the real one does and keeps what it is given. */
    private static ClientDirectory directory(List<NewClient> added) {
        return (ClientDirectory) Proxy.newProxyInstance(ClientDirectory.class.getClassLoader(), new Class<?>[] {ClientDirectory.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("add")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    NewClient c = (NewClient) args[0];
                    ClientValidation.check(c.details());
                    added.add(c);
                    return null;
                });
    }
}
