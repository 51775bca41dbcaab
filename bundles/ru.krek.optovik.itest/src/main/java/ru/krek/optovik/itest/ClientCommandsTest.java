package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientQuery;

/** client: and discount: as managers use them, against a real Firebird with an imported catalog. */
class ClientCommandsTest {

    private static final String ADD_ALFA = "client:add --company 'ООО Альфа' --inn 7707083893 --kpp 773601001 "
            + "--email alfa@example.ru --contact 'Иван Петров' --city Москва";

    @Test
    void listPrintsTheContractColumnsAndFilters() throws Exception {
        ClientFixture.withCatalog("cmd-list", 1);
        String shown = RuntimeTest.gogo(ADD_ALFA);
        assertTrue(shown.contains("status: active") && shown.contains("company: ООО Альфа"), shown);
        RuntimeTest.gogo("client:add --company 'ИП Сидоров' --inn 500100732259 --email sidorov@example.ru");
        RuntimeTest.gogo("client:block 2");

        List<String> lines = RuntimeTest.gogo("client:list").lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.get(0).matches("id\\s+company\\s+email\\s+status\\s+discount\\s+groups"), lines.get(0));
        assertTrue(lines.get(1).matches("1\\s+ООО Альфа\\s+alfa@example\\.ru\\s+active\\s+-\\s+all"), lines.get(1));
        assertTrue(lines.get(2).matches("2\\s+ИП Сидоров\\s+sidorov@example\\.ru\\s+blocked\\s+-\\s+all"), lines.get(2));
        assertEquals(2, RuntimeTest.gogo("client:list --status blocked").lines().filter(l -> !l.isBlank()).count());
        assertEquals(2, RuntimeTest.gogo("client:list --text альф").lines().filter(l -> !l.isBlank()).count());
        // longer than an INN column: found in the company name, not refused by the INN comparison
        assertEquals(2, RuntimeTest.gogo("client:list --text alfa@example.ru").lines().filter(l -> !l.isBlank()).count());
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:list --status gone"));

        assertTrue(RuntimeTest.gogo("client:unblock 2").contains("client 2 active"));
        String edited = RuntimeTest.gogo("client:edit 1 --city Тула --kpp ''");
        assertTrue(edited.contains("city: Тула") && edited.contains("kpp: -") && edited.contains("contact: Иван Петров"), edited);
    }

    @Test
    void badInputIsUsageAndStoresNothing() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("cmd-bad", 1);
        IllegalArgumentException kpp = assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo(
                "client:add --company 'ИП Сидоров' --inn 500100732259 --kpp 773601001 --email s@example.ru"));
        assertTrue(kpp.getMessage().startsWith("kpp: "), kpp.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo(
                "client:add --company X --inn 7707083894 --email x@example.ru"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:show 99"));
        assertEquals(0, f.directory.list(ClientQuery.all()).size());
    }

    @Test
    void discountTypesAreNamedTermsAndOneInUseStays() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("cmd-discount", 1);
        String[] tree = ClientFixture.parentAndChild();
        String added = RuntimeTest.gogo("discount:add 'Опт -7' --price-type Розничная --percent 7 --group-percent " + tree[1]
                + "=12.5 --rounding ruble");
        assertTrue(added.contains("-7% " + tree[1] + "=-12.5%") && added.contains("rounding ruble"), added);
        RuntimeTest.gogo("discount:add Оптовая --price-type Оптовая");
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("discount:add Много --price-type Розничная --percent 150"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("discount:add Минус --price-type Розничная --percent -1"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("discount:add Нет --price-type НетТакой"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("discount:add оптовая --price-type Оптовая"));
        assertEquals(2, f.discounts.list().size());

        RuntimeTest.gogo(ADD_ALFA);
        assertTrue(RuntimeTest.gogo("client:discount 1 'Опт -7'").contains("discount: Опт -7"));
        assertTrue(RuntimeTest.gogo("client:list").contains("Опт -7"));
        ClientException inUse = assertThrows(ClientException.class, () -> RuntimeTest.gogo("discount:delete 'Опт -7'"));
        assertTrue(inUse.getMessage().contains("in use by 1 client"), inUse.getMessage());
        assertTrue(RuntimeTest.gogo("discount:edit 'Опт -7' --percent 5").contains("-5%"));
        assertTrue(RuntimeTest.gogo("discount:delete Оптовая").contains("deleted"));
        List<String> list = RuntimeTest.gogo("discount:list").lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, list.size(), list.toString());
    }

    @Test
    void aGroupGoneAfterAFullImportStaysSubscribedAndShowsGone() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("cmd-gone", 1);
        String[] tree = ClientFixture.parentAndChild();
        RuntimeTest.gogo(ADD_ALFA);
        String set = RuntimeTest.gogo("client:groups 1 '" + tree[0] + " " + tree[1] + "'");
        assertTrue(!set.contains("gone"), set);
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:groups 1 no-such-group"));

        f.importGenerated("catalog-7", 7); // another catalog, full: every group of seed 1 is gone
        String groups = RuntimeTest.gogo("client:groups 1");
        assertEquals(2, groups.split("\\(gone\\)", -1).length - 1, groups);
        assertTrue(RuntimeTest.gogo("client:show 1").contains(tree[1]), "still subscribed");
        assertTrue(RuntimeTest.gogo("client:list").contains("(gone)"));
        assertEquals(List.of(tree[0], tree[1]), f.directory.find(1).orElseThrow().groups().ids());
        assertTrue(f.directory.coveredGroups(1).isEmpty(), "gone groups deliver nothing");
    }

    @Test
    void csvImportRejectsBadRowsWholeAndExportRoundTrips() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("cmd-csv", 1);
        String[] tree = ClientFixture.parentAndChild();
        RuntimeTest.gogo("discount:add Опт --price-type Оптовая");
        Path csv = f.catalog.work.resolve("clients.csv");
        Files.writeString(csv, String.join("\n",
                "company;inn;kpp;email;status;discount;groups;pricelist_frequency",
                "\"ООО «Альфа; и Ко»\";7707083893;773601001;alfa@example.ru;active;Опт;" + tree[0] + ";weekly",
                "ООО Плохой ИНН;7707083894;;bad-inn@example.ru;active;;;",
                "ООО Дубль;7736207543;;ALFA@example.ru;active;;;",
                "ООО Нет группы;7736050003;;nogroup@example.ru;active;;no-such-group;",
                "ООО Нет скидки;7736050003;;nodiscount@example.ru;active;VIP;;",
                "ИП Сидоров;500100732259;;sidorov@example.ru;paused;;all;monthly") + "\n", StandardCharsets.UTF_8);

        String report = RuntimeTest.gogo("client:import " + csv);
        List<String> lines = report.lines().filter(l -> !l.isBlank()).toList();
        assertEquals("imported: 2", lines.get(0), report);
        assertEquals("rejected: 4", lines.get(1), report);
        assertTrue(lines.get(2).startsWith("row 3: inn: "), report);
        assertTrue(lines.get(3).startsWith("row 4: email: "), report);
        assertTrue(lines.get(4).startsWith("row 5: groups: "), report);
        assertTrue(lines.get(5).startsWith("row 6: discount: "), report);
        assertEquals(List.of("2"), ClientFixture.column("select count(*) from client"));
        assertEquals(List.of("0"), ClientFixture.column("select count(*) from client where email_key in "
                + "('bad-inn@example.ru', 'nogroup@example.ru', 'nodiscount@example.ru')"));
        assertEquals(List.of("import"), ClientFixture.column("select distinct consent_version from client"));

        Path exported = f.catalog.work.resolve("out/clients-export.csv");
        assertTrue(RuntimeTest.gogo("client:export " + exported).strip().endsWith(": 2 clients"));
        List<String> first = Files.readAllLines(exported, StandardCharsets.UTF_8);

        // into a fresh database with the same catalog and discount type: the same clients come back
        ClientFixture g = ClientFixture.withCatalog("cmd-csv-again", 1);
        RuntimeTest.gogo("discount:add Опт --price-type Оптовая");
        assertTrue(RuntimeTest.gogo("client:import " + exported).startsWith("imported: 2\nrejected: 0"));
        Path again = g.catalog.work.resolve("again.csv");
        RuntimeTest.gogo("client:export " + again + " --format csv");
        assertEquals(withoutTimes(first), withoutTimes(Files.readAllLines(again, StandardCharsets.UTF_8)));
        assertTrue(first.get(1).contains("\"ООО «Альфа; и Ко»\"") && first.get(1).contains(";weekly;"), first.get(1));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsBadUsage() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("cmd-header", 1);
        Path csv = f.catalog.work.resolve("no-header.csv");
        Files.writeString(csv, "name;mail\nАльфа;a@example.ru\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:import " + csv));
        assertTrue(e.getMessage().contains("missing: company, email, inn") && e.getMessage().contains("unknown: name, mail"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:import " + f.catalog.work.resolve("none.csv")));
    }

    @Test
    void everyClientAndDiscountCommandHasHelp() throws Exception {
        for (Map.Entry<String, String> c : Map.of("client:list", "client:list [--status", "client:import", "rejected",
                "client:export", "--format csv|xlsx", "client:erase", "anonymous", "discount:add", "minus a percentage",
                "client:groups", "subgroups").entrySet()) {
            String help = RuntimeTest.gogo("help " + c.getKey());
            assertTrue(help.contains(c.getValue()), c.getKey() + ": " + help);
        }
    }

    /** Rows without the id, created and confirmed columns (new in the other database). */
    private static List<String> withoutTimes(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("^\uFEFF", "").replaceFirst("^[^;]*;", "").replaceAll(";[^;]*;[^;]*$", "")).toList();
    }
}
