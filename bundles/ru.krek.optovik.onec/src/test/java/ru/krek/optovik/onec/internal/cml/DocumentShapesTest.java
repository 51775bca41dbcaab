package ru.krek.optovik.onec.internal.cml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.Stock;

/** Shapes real exports take that the corpus shows only once or not at all. */
class DocumentShapesTest {

    @TempDir
    Path dir;

    @Test
    void elementsMatchByLocalNameInAnyNamespace() throws Exception {
        String body = "<Каталог><Ид>c</Ид><Товары><Товар><Ид>1</Ид><Наименование>Диод</Наименование></Товар></Товары></Каталог>";
        for (String root : new String[] {
            "<КоммерческаяИнформация ВерсияСхемы=\"2.10\">",
            "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_210\" ВерсияСхемы=\"2.10\">",
            "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.10\">"}) {
            Path file = Cml.write(dir, "ns.xml", Cml.PROLOG + root + body + "</КоммерческаяИнформация>");
            assertEquals("Диод", Cml.read(file).products.get(0).name(), root);
        }
        String prefixed = Cml.PROLOG + "<c:КоммерческаяИнформация xmlns:c=\"urn:1C.ru:commerceml_2\" c:ВерсияСхемы=\"2.10\">"
                + body.replace("<", "<c:").replace("<c:/", "</c:") + "</c:КоммерческаяИнформация>";
        assertEquals("Диод", Cml.read(Cml.write(dir, "prefixed.xml", prefixed)).products.get(0).name());
    }

    @Test
    void windows1251AsDeclared() throws Exception {
        String xml = Cml.catalog("<Товар><Ид>1</Ид><Наименование>Резистор 10 кОм</Наименование>"
                + "<Изготовитель><Наименование>Ярославский завод «Резистор»</Наименование></Изготовитель></Товар>")
                .replace("UTF-8", "windows-1251");
        RecordingSink s = Cml.read(Cml.write(dir, "cp1251.xml", xml, Charset.forName("windows-1251")));
        assertEquals("Резистор 10 кОм", s.products.get(0).name());
        assertEquals("Ярославский завод «Резистор»", s.products.get(0).manufacturer());
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        String xml = Cml.catalog("<Товар><Ид>1</Ид><Наименование>Дроссель</Наименование></Товар>");
        assertEquals("Дроссель", Cml.read(Cml.write(dir, "plain.xml", xml)).products.get(0).name());
        assertEquals("Дроссель", Cml.read(Cml.write(dir, "bom.xml", "\uFEFF" + xml)).products.get(0).name());
    }

    @Test
    void changesOnlyAsAttributeOrAsElementAfterTheItems() throws Exception {
        Path attr = Cml.write(dir, "a.xml", Cml.catalog("").replace("СодержитТолькоИзменения=\"false\"",
                "СодержитТолькоИзменения=\"true\""));
        assertTrue(new CommerceMlReader().sniff(attr).changesOnly());
        // 2.03 writes the flag as the package's last child, after all offers (corpus 13 says false)
        String offers13 = Files.readString(Corpus.file("13_ut103_offers_2_03_two_pricetypes.xml"));
        Path element = Cml.write(dir, "offers.xml", offers13.replace("<СодержитТолькоИзменения>false",
                "<СодержитТолькоИзменения>true"));
        ExchangeDocument d = Cml.read(element).document;
        assertTrue(d.changesOnly());
        assertEquals(FileKind.OFFERS, d.kind());
    }

    @Test
    void kindComesFromContentNotFromTheName() throws Exception {
        Path prices = Cml.write(dir, "import.xml", Cml.offers("<Предложение><Ид>1</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены>"
                + "<ЦенаЗаЕдиницу>5</ЦенаЗаЕдиницу></Цена></Цены></Предложение>"));
        assertEquals(FileKind.PRICES, new CommerceMlReader().sniff(prices).kind());
        Path rests = Cml.write(dir, "offers.xml", Cml.offers("<Предложение><Ид>1</Ид><Количество>3</Количество></Предложение>"));
        assertEquals(FileKind.RESTS, new CommerceMlReader().sniff(rests).kind());
        Path empty = Cml.write(dir, "rests.xml", Cml.offers(""));
        assertEquals(FileKind.OFFERS, new CommerceMlReader().sniff(empty).kind());
        Path classifierOnly = Cml.write(dir, "prices.xml", Cml.document("<Классификатор СодержитТолькоИзменения=\"true\">"
                + "<Ид>cl</Ид></Классификатор>"));
        ExchangeDocument d = new CommerceMlReader().sniff(classifierOnly);
        assertEquals(FileKind.CATALOG, d.kind());
        assertEquals("cl", d.classifierId());
        assertTrue(d.changesOnly());
    }

    @Test
    void sniffingDeliversNothing() throws Exception {
        ExchangeDocument d = new CommerceMlReader().sniff(Corpus.file("05_import0_1_nested_groups_manufacturer.xml"));
        assertEquals(new ExchangeDocument("05_import0_1_nested_groups_manufacturer.xml", FileKind.CATALOG, "2.07",
                "9dc2bc53-6aae-43c3-8476-862dc3c50b3b", "9dc2bc53-6aae-43c3-8476-862dc3c50b3b", false), d);
    }

    @Test
    void olderChangesPackageElement() throws Exception {
        Path file = Cml.write(dir, "changes.xml", Cml.document("<ИзмененияПакетаПредложений><Предложения><Предложение>"
                + "<Ид>1</Ид><Количество>2</Количество></Предложение></Предложения></ИзмененияПакетаПредложений>"));
        RecordingSink s = Cml.read(file);
        assertTrue(s.document.changesOnly());
        assertEquals(1, s.offers.size());
    }

    @Test
    void threeShapesOfStockAndUnknownStock() throws Exception {
        String offers = "<Предложение><Ид>plain</Ид><Количество>7,5</Количество></Предложение>"
                + "<Предложение><Ид>attrs</Ид><Склад ИдСклада=\"m\" КоличествоНаСкладе=\"3\"/>"
                + "<Склад ИдСклада=\"s\" КоличествоНаСкладе=\"4\"/></Предложение>"
                + "<Предложение><Ид>rests</Ид><Остатки><Остаток><Склад><Ид>m</Ид><Количество>1</Количество></Склад></Остаток>"
                + "<Остаток><Склад><Ид>s</Ид><Количество>0</Количество></Склад></Остаток></Остатки></Предложение>"
                + "<Предложение><Ид>none</Ид><Наименование>Реле</Наименование></Предложение>"
                + "<Предложение><Ид>negative</Ид><Количество>-2</Количество></Предложение>";
        List<Offer> o = Cml.read(Cml.write(dir, "offers.xml", Cml.offers(offers))).offers;
        assertEquals(new Stock(new BigDecimal("7.5"), Map.of()), o.get(0).stock());
        assertEquals(new BigDecimal("7"), o.get(1).stock().total());
        assertEquals(List.of("m", "s"), List.copyOf(o.get(1).stock().byWarehouse().keySet()));
        assertEquals(new BigDecimal("1"), o.get(2).stock().total());
        assertEquals(new BigDecimal("0"), o.get(2).stock().byWarehouse().get("s"));
        assertEquals(Stock.UNKNOWN, o.get(3).stock());
        assertEquals(new BigDecimal("-2"), o.get(4).stock().total(), "1C allows negative stock");
    }

    @Test
    void priceDetails() throws Exception {
        String types = "<ТипыЦен><ТипЦены><Ид>t</Ид><Наименование>Оптовая</Наименование><Валюта>руб.</Валюта></ТипЦены></ТипыЦен>";
        String offer = "<Предложения><Предложение><Ид>p#c</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены>"
                + "<ЦенаЗаЕдиницу>1 234,50</ЦенаЗаЕдиницу><Единица>упак</Единица><Коэффициент>10</Коэффициент></Цена>"
                + "</Цены></Предложение></Предложения>";
        Offer o = Cml.read(Cml.write(dir, "o.xml", Cml.document("<ПакетПредложений>" + types + offer
                + "</ПакетПредложений>"))).offers.get(0);
        assertEquals("p", o.productId());
        assertEquals("c", o.characteristicId());
        var price = o.prices().get(0);
        assertEquals(new BigDecimal("1234.50"), price.amount());
        assertEquals("RUB", price.currency(), "taken from the price type when the price has none");
        assertEquals("упак", price.unit());
        assertEquals(new BigDecimal("10"), price.coefficient());
    }

    @Test
    void deletionMarksAndUnits() throws Exception {
        String products = "<Товар Статус=\"Удален\"><Ид>a</Ид></Товар>"
                + "<Товар><Ид>b</Ид><Статус>Удалён</Статус></Товар>"
                + "<Товар><Ид>c</Ид><ПометкаУдаления>true</ПометкаУдаления><БазоваяЕдиница>796</БазоваяЕдиница></Товар>"
                + "<Товар><Ид>d</Ид><ПометкаУдаления>false</ПометкаУдаления><БазоваяЕдиница>778</БазоваяЕдиница></Товар>"
                + "<Товар><Ид>e</Ид><БазоваяЕдиница Код=\"006\"/></Товар>";
        String units = "<Классификатор><Ид>cl</Ид><ЕдиницыИзмерения><ЕдиницаИзмерения><Ид>u1</Ид><Код>778</Код>"
                + "<НаименованиеКраткое>кор</НаименованиеКраткое></ЕдиницаИзмерения></ЕдиницыИзмерения></Классификатор>";
        Path file = Cml.write(dir, "d.xml", Cml.document(units + "<Каталог><Товары>" + products + "</Товары></Каталог>"));
        var p = Cml.read(file).products;
        assertEquals(List.of(true, true, true, false, false), p.stream().map(x -> x.deleted()).toList());
        assertEquals("шт", p.get(2).unit(), "OKEI 796");
        assertEquals("кор", p.get(3).unit(), "the classifier's own unit wins");
        assertEquals("м", p.get(4).unit());
        assertNull(p.get(0).unit());
        assertFalse(p.get(0).name() != null);
    }
}
