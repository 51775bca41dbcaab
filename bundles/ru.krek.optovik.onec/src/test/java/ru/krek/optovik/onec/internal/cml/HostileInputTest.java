package ru.krek.optovik.onec.internal.cml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are broken, truncated, hostile or simply not catalogs: each refused with its own cause. */
class HostileInputTest {

    @TempDir
    Path dir;

    private CommerceMlException refused(String name, String content) throws Exception {
        return refused(Cml.write(dir, name, content));
    }

    private CommerceMlException refused(Path file) {
        RecordingSink sink = new RecordingSink();
        CommerceMlException e = assertThrows(CommerceMlException.class, () -> new CommerceMlReader().read(file, sink));
        assertFalse(sink.ended, "a refused file never reaches onDocumentEnd");
        assertEquals(file.getFileName().toString(), e.fileName());
        assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        return e;
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE КоммерческаяИнформация [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<КоммерческаяИнформация ВерсияСхемы=\"2.10\"><Каталог><Ид>&x;</Ид></Каталог></КоммерческаяИнформация>";
        CommerceMlException e = refused("xxe.xml", xxe);
        assertEquals(Problem.DOCTYPE_FORBIDDEN, e.problem());
        assertEquals(2, e.line());
        assertFalse(e.getMessage().contains("root:"), "no file content leaks into the message");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        CommerceMlException e = refused("lol.xml", Cml.PROLOG + dtd + "<КоммерческаяИнформация>&lol9;</КоммерческаяИнформация>");
        assertEquals(Problem.DOCTYPE_FORBIDDEN, e.problem());
    }

    @Test
    void doctypeWithoutEntitiesIsStillRefused() throws Exception {
        String plain = Cml.PROLOG + "<!DOCTYPE КоммерческаяИнформация>\n" + Cml.catalog("").substring(Cml.PROLOG.length());
        assertEquals(Problem.DOCTYPE_FORBIDDEN, refused("doctype.xml", plain).problem());
    }

    @Test
    void emptyFiles() throws Exception {
        assertEquals(Problem.EMPTY_FILE, refused("empty.xml", "").problem());
        assertEquals(Problem.EMPTY_FILE, refused("bom.xml", "\uFEFF \n").problem());
    }

    @Test
    void truncatedFileSaysItIsCut() throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.file("05_import0_1_nested_groups_manufacturer.xml"));
        Path cut = Files.write(dir.resolve("import0_1.xml"), Arrays.copyOf(whole, whole.length / 2));
        CommerceMlException e = refused(cut);
        assertEquals(Problem.TRUNCATED, e.problem());
        assertTrue(e.line() > 10_000, "reported where the file ends: " + e.line());
        assertTrue(e.detail().contains("повторите обмен"), e.detail());
    }

    @Test
    void aFileCutInsideACyrillicLetterIsTruncatedNotMisencoded() throws Exception {
        byte[] whole = Cml.catalog("<Товар><Ид>1</Ид><Наименование>Резистор</Наименование></Товар>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // "Р" is two bytes in UTF-8: keep only its first
        int insideLetter = indexOf(whole, "Резистор".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + 1;
        Path cut = Files.write(dir.resolve("import.xml"), Arrays.copyOf(whole, insideLetter));
        assertEquals(Problem.TRUNCATED, refused(cut).problem());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void brokenStructureInsideIsNotMistakenForTruncation() throws Exception {
        CommerceMlException e = refused("broken.xml", Cml.catalog("<Товар><Ид>1</Ид></Товары>\n\n\n"));
        assertEquals(Problem.MALFORMED, e.problem());
        assertEquals(3, e.line());
    }

    @Test
    void notXmlAtAll() throws Exception {
        assertEquals(Problem.NOT_XML, refused("prices.xml", "Артикул;Цена\nRC0603;0,5\n").problem());
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9c, 0x5a};
        assertEquals(Problem.NOT_XML, refused(Files.write(dir.resolve("offers.xml"), zip)).problem());
    }

    @Test
    void wrongRootElement() throws Exception {
        CommerceMlException e = refused("yml.xml", Cml.PROLOG + "<yml_catalog date=\"2024-01-01\"><shop/></yml_catalog>");
        assertEquals(Problem.WRONG_ROOT, e.problem());
        assertTrue(e.detail().contains("yml_catalog"));
    }

    @Test
    void trailingGarbageAfterTheRoot() throws Exception {
        assertEquals(Problem.MALFORMED, refused("tail.xml", Cml.catalog("") + "<Ещё/>").problem());
    }

    @Test
    void bytesNotInTheDeclaredEncoding() throws Exception {
        Path file = Cml.write(dir, "cp.xml", Cml.catalog("<Товар><Ид>1</Ид><Наименование>Резистор</Наименование></Товар>"),
                Charset.forName("windows-1251"));
        assertEquals(Problem.BAD_ENCODING, refused(file).problem());
    }

    @Test
    void duplicateProductId() throws Exception {
        String p = "<Товар><Ид>p1</Ид><Наименование>Резистор</Наименование></Товар>";
        CommerceMlException e = refused("dup.xml", Cml.catalog(p + "\n" + p));
        assertEquals(Problem.DUPLICATE_ID, e.problem());
        assertTrue(e.detail().contains("Товар") && e.detail().contains("p1"), e.detail());
        assertEquals(4, e.line()); // where the second one begins
    }

    @Test
    void duplicateOfferId() throws Exception {
        String o = "<Предложение><Ид>p1#c1</Ид></Предложение>";
        assertEquals(Problem.DUPLICATE_ID, refused("dup.xml", Cml.offers(o + "<Предложение><Ид>p1#c2</Ид></Предложение>" + o)).problem());
    }

    @Test
    void duplicateGroupPriceTypeWarehouseAndPropertyIds() throws Exception {
        String group = "<Группа><Ид>g</Ид><Наименование>Резисторы</Наименование></Группа>";
        assertEquals(Problem.DUPLICATE_ID, refused("g.xml", classifier("<Группы>" + group + group + "</Группы>")).problem());
        String type = "<ТипЦены><Ид>t</Ид><Наименование>Оптовая</Наименование></ТипЦены>";
        assertEquals(Problem.DUPLICATE_ID, refused("t.xml", classifier("<ТипыЦен>" + type + type + "</ТипыЦен>")).problem());
        String store = "<Склад><Ид>s</Ид><Наименование>Москва</Наименование></Склад>";
        assertEquals(Problem.DUPLICATE_ID, refused("s.xml", classifier("<Склады>" + store + store + "</Склады>")).problem());
        String property = "<Свойство><Ид>p</Ид><Наименование>Корпус</Наименование></Свойство>";
        assertEquals(Problem.DUPLICATE_ID, refused("p.xml", classifier("<Свойства>" + property + property + "</Свойства>")).problem());
    }

    @Test
    void sameGroupIdInTwoBranchesIsADuplicate() throws Exception {
        String tree = "<Группы><Группа><Ид>a</Ид><Наименование>A</Наименование></Группа>"
                + "<Группа><Ид>b</Ид><Наименование>B</Наименование><Группы><Группа><Ид>a</Ид><Наименование>A2</Наименование>"
                + "</Группа></Группы></Группа></Группы>";
        assertEquals(Problem.DUPLICATE_ID, refused("dup.xml", classifier(tree)).problem());
    }

    @Test
    void groupNestedInItself() throws Exception {
        String own = "<Группы><Группа><Ид>a</Ид><Наименование>Диоды</Наименование><Группы><Группа><Ид>a</Ид>"
                + "<Наименование>Диоды</Наименование></Группа></Группы></Группа></Группы>";
        CommerceMlException e = refused("own.xml", classifier(own));
        assertEquals(Problem.GROUP_CYCLE, e.problem());
        assertTrue(e.detail().contains("Диоды"), e.detail());

        String grand = "<Группы><Группа><Ид>a</Ид><Группы><Группа><Ид>b</Ид><Группы><Группа><Ид>a</Ид></Группа>"
                + "</Группы></Группа></Группы></Группа></Группы>";
        assertEquals(Problem.GROUP_CYCLE, refused("cycle.xml", classifier(grand)).problem());
    }

    @Test
    void groupTreeDeeperThan64Levels() throws Exception {
        assertEquals(64, Cml.read(Cml.write(dir, "ok.xml", classifier(nestedGroups(64)))).groups.size());
        CommerceMlException e = refused("deep.xml", classifier(nestedGroups(65)));
        assertEquals(Problem.TOO_DEEP, e.problem());
        assertTrue(e.detail().contains("64"), e.detail());
    }

    @Test
    void absurdElementNesting() throws Exception {
        String deep = "<x>".repeat(1000) + "</x>".repeat(1000);
        CommerceMlException e = refused("deep.xml", Cml.catalog("<Товар><Ид>1</Ид><Описание>" + deep + "</Описание></Товар>"));
        assertEquals(Problem.TOO_DEEP, e.problem());
    }

    @Test
    void absurdlyLongValues() throws Exception {
        String longName = "Резистор".repeat(10_000);
        CommerceMlException e = refused("name.xml", Cml.catalog("<Товар><Ид>1</Ид><Наименование>" + longName + "</Наименование></Товар>"));
        assertEquals(Problem.VALUE_TOO_LONG, e.problem());
        assertTrue(e.element().endsWith("Товар/Наименование"), e.element());

        assertEquals(Problem.VALUE_TOO_LONG, refused("id.xml", Cml.catalog("<Товар><Ид>" + "a".repeat(2000) + "</Ид></Товар>")).problem());
        assertEquals(Problem.VALUE_TOO_LONG, refused("attr.xml", Cml.catalog("<Товар Статус=\"" + "x".repeat(70_000)
                + "\"><Ид>1</Ид></Товар>")).problem());
    }

    @Test
    void hugeTextInAnUnreadElementIsSkippedNotKept() throws Exception {
        String description = "Описание резистора. ".repeat(500_000); // ~10 MB, never buffered by us
        RecordingSink s = Cml.read(Cml.write(dir, "big.xml", Cml.catalog("<Товар><Ид>1</Ид><Описание>" + description
                + "</Описание><Наименование>Резистор</Наименование></Товар>")));
        assertEquals("Резистор", s.products.get(0).name());
    }

    @Test
    void tooManyValuesInOneItem() throws Exception {
        String groups = "<Ид>g</Ид>".repeat(FileScope.MAX_VALUES + 1);
        assertEquals(Problem.TOO_MANY_VALUES, refused("many.xml", Cml.catalog("<Товар><Ид>1</Ид><Группы>" + groups
                + "</Группы></Товар>")).problem());
    }

    @Test
    void versionsOutsideTwoPointZeroXAndTwoPointTen() throws Exception {
        for (String version : new String[] {"3.1", "2.11", "1.0", "2.1", "abc"}) {
            CommerceMlException e = refused("v.xml", Cml.catalog("").replace("2.10", version));
            assertEquals(Problem.UNSUPPORTED_VERSION, e.problem(), version);
            assertTrue(e.detail().contains(version));
        }
        assertEquals(Problem.MISSING_VERSION, refused("v.xml", Cml.catalog("").replace(" ВерсияСхемы=\"2.10\"", "")).problem());
        for (String version : new String[] {"2.03", "2.04", "2.05", "2.08", "2.10"}) {
            assertEquals(version, Cml.read(Cml.write(dir, "ok.xml", Cml.catalog("").replace("2.10", version))).document.schemaVersion());
        }
    }

    @Test
    void orderDocumentsAreSaleNotCatalog() {
        for (String order : new String[] {"17_bitrix_sale_query_orders_cp1251.xml", "18_bitrix_order_2_03_cp1251.xml"}) {
            CommerceMlException e = refused(Corpus.file(order));
            assertEquals(Problem.SALE_DOCUMENT, e.problem());
            // read from windows-1251: the Russian operation name arrives intact
            assertTrue(e.detail().contains("Заказ товара"), e.detail());
            assertTrue(e.detail().contains("документ продажи"), e.detail());
            assertTrue(e.element().endsWith("Документ"), e.element());
        }
    }

    @Test
    void fileWithoutCatalogContent() throws Exception {
        assertEquals(Problem.NO_CATALOG, refused("none.xml", Cml.document("<Контрагенты/>")).problem());
    }

    @Test
    void badNumbers() throws Exception {
        String price = "<Предложение><Ид>1</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены><ЦенаЗаЕдиницу>%s</ЦенаЗаЕдиницу>"
                + "</Цена></Цены></Предложение>";
        CommerceMlException e = refused("n.xml", Cml.offers(String.format(price, "12 руб")));
        assertEquals(Problem.BAD_NUMBER, e.problem());
        assertTrue(e.detail().contains("12 руб") && e.detail().contains("ЦенаЗаЕдиницу"), e.detail());
        assertEquals(Problem.BAD_VALUE, refused("neg.xml", Cml.offers(String.format(price, "-5"))).problem());
        assertEquals(Problem.MISSING_VALUE, refused("none.xml", Cml.offers(String.format(price, ""))).problem());
        assertEquals(Problem.BAD_NUMBER, refused("q.xml", Cml.offers("<Предложение><Ид>1</Ид><Количество>много</Количество>"
                + "</Предложение>")).problem());
    }

    @Test
    void itemsWithoutId() throws Exception {
        assertEquals(Problem.MISSING_ID, refused("p.xml", Cml.catalog("<Товар><Наименование>Диод</Наименование></Товар>")).problem());
        assertEquals(Problem.MISSING_ID, refused("o.xml", Cml.offers("<Предложение><Ид>#c1</Ид></Предложение>")).problem());
    }

    @Test
    void aSinkFailureReachesTheCallerUnchanged() throws Exception {
        Path file = Corpus.file("07_offers0_1_3warehouses.xml");
        IllegalStateException stop = new IllegalStateException("database gone");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CommerceMlReader().read(file,
                new ru.krek.optovik.api.catalog.CatalogSink() {
                    @Override
                    public void onOffer(ru.krek.optovik.api.catalog.Offer offer) {
                        throw stop;
                    }
                }));
        assertEquals(stop, e);
        assertNull(e.getCause());
    }

    private static String classifier(String inside) {
        return Cml.document("<Классификатор><Ид>cl</Ид><Наименование>Классификатор</Наименование>" + inside
                + "</Классификатор>");
    }

    private static String nestedGroups(int levels) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            s.append("<Группы><Группа><Ид>g").append(i).append("</Ид><Наименование>Уровень ").append(i).append("</Наименование>");
        }
        s.append("</Группа></Группы>".repeat(levels));
        return s.toString();
    }

    @SuppressWarnings("unused")
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
