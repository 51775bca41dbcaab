package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;

/** pricelist:formats, build and preview as operators and scripts use them. */
class PriceListCommandsTest {

    private static PriceListFixture f;
    private static long full;
    private static long empty;

    @BeforeAll
    static void clients() throws Exception {
        f = new PriceListFixture("pricelist-commands", 5);
        String retail = f.priceTypes().get(0);
        long discount = f.discount("Розница", retail, null, Map.of(), Rounding.KOPECK);
        full = f.client("ООО «Полный»", Groups.everything(), discount, false, StockView.TOTAL);
        // a price type nobody has prices in: the list has no lines
        String last = f.priceTypes().get(2);
        ClientFixture.update("delete from catalog_price where price_type_id = ?", last);
        empty = f.client("ООО «Пустой»", Groups.everything(), f.discount("Без цен", last, null, Map.of(), Rounding.KOPECK),
                false, StockView.TOTAL);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void formatsListIdNameBundleAndVersion() throws Exception {
        String table = RuntimeTest.gogo("pricelist:formats");
        assertTrue(table.lines().findFirst().orElse("").matches("id\\s+name\\s+bundle\\s+version"), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("text\\s+Текст \\(тесты\\)\\s+ru\\.krek\\.optovik\\.itest\\s+0\\.1\\.0.*")), table);
    }

    @Test
    void buildWritesOneFilePerClientIntoTheFolderAndPrintsItsLines() throws Exception {
        Path out = f.clients.catalog.work.resolve("out");
        String printed = RuntimeTest.gogo("pricelist:build " + full + " --format text --out " + out).trim();
        Path file = out.resolve(full + "-ooo-polnyi.txt");
        int lines = TextList.read(file).lines().size();
        assertEquals(file + "\t" + lines, printed);
        assertTrue(lines > 0);
    }

    @Test
    void buildAllNamesTheClientWithoutAList() throws Exception {
        Path out = f.clients.catalog.work.resolve("all");
        String printed = RuntimeTest.gogo("pricelist:build --all --out " + out);
        assertTrue(printed.contains("client " + empty + " (ООО «Пустой»): no lines, no list"), printed);
        assertTrue(printed.contains(out.resolve(full + "-ooo-polnyi.txt") + "\t"), printed);
        assertTrue(Files.notExists(out.resolve(empty + "-ooo-pustoi.txt")));
    }

    @Test
    void previewShowsTheTermsThenTheFirstLines() throws Exception {
        List<String> lines = RuntimeTest.gogo("pricelist:preview --lines 3 " + full).lines().toList();
        assertTrue(lines.contains("terms: Розница"), lines.toString());
        assertTrue(lines.contains("vat: цены с НДС"), lines.toString());
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("group ")).findFirst().orElseThrow());
        assertEquals(3, lines.size() - header - 1, "three lines after the table's header: " + lines);
    }

    @Test
    void badUsageIsRefusedByName() throws Exception {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("pricelist:build 999999"))
                .getMessage().contains("no client 999999"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("pricelist:build " + full + " --format nope"))
                .getMessage().contains("no format nope"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("pricelist:build --all " + full));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("pricelist:build"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("pricelist:preview --lines 0 " + full));
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (Map.Entry<String, String> c : Map.of("pricelist:formats", "installed price-list formats",
                "pricelist:build", "usage: pricelist:build", "pricelist:preview", "first 20 lines").entrySet()) {
            String help = RuntimeTest.gogo("help " + c.getKey());
            assertTrue(help.contains(c.getValue()), c.getKey() + ": " + help);
        }
    }
}
