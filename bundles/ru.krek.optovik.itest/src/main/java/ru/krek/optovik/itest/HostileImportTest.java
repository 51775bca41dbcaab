package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.ImportRun;

/**
 * Bad exchanges after a good one: each is refused with a reason that names the problem, its run is
 * failed, and the catalog is exactly as the good exchange left it.
 */
class HostileImportTest {

    private CatalogFixture f;
    private CatalogStats before;

    @BeforeEach
    void goodExchangeFirst() throws Exception {
        f = CatalogFixture.freshDatabase("hostile");
        CorpusImportTest.succeeded(f.importFiles(f.corpus("good", "14", "13")));
        before = f.stats();
    }

    @Test
    void truncatedOffersFile() throws Exception {
        Path folder = f.corpus("truncated", "14", "13");
        Path offers = folder.resolve(fullName(folder, "13"));
        byte[] whole = Files.readAllBytes(offers);
        Files.write(offers, java.util.Arrays.copyOf(whole, whole.length / 2));
        ImportRun run = refused(folder, "unexpected end of file");
        assertTrue(run.error().contains("13_ut103_offers"), "names the file: " + run.error());
        assertTrue(run.error().contains("строка"), "names the line: " + run.error());
    }

    @Test
    void externalEntity() throws Exception {
        Path folder = Files.createDirectories(f.work.resolve("xxe"));
        Files.writeString(folder.resolve("import.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <КоммерческаяИнформация ВерсияСхемы="2.07"><Классификатор><Ид>k</Ид>
                <Наименование>&secret;</Наименование></Классификатор></КоммерческаяИнформация>
                """);
        refused(folder, "DOCTYPE refused");
    }

    @Test
    void saleDocuments() throws Exception {
        refused(f.corpus("sale17", "17"), "sale document, not a catalog");
        refused(f.corpus("sale18", "18"), "sale document, not a catalog");
    }

    @Test
    void emptyFile() throws Exception {
        Path folder = Files.createDirectories(f.work.resolve("empty"));
        Files.write(folder.resolve("offers.xml"), new byte[0]);
        refused(folder, "empty file");
    }

    @Test
    void unknownPriceType() throws Exception {
        Path folder = Files.createDirectories(f.work.resolve("unknown-price-type"));
        Files.writeString(folder.resolve("offers.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <КоммерческаяИнформация ВерсияСхемы="2.07" ДатаФормирования="2026-11-27T10:00:00">
                <ПакетПредложений СодержитТолькоИзменения="true"><Ид>p</Ид><Наименование>Предложения</Наименование>
                <ИдКаталога>c</ИдКаталога><ИдКлассификатора>k</ИдКлассификатора><Предложения><Предложение>
                <Ид>stray-offer</Ид><Наименование>Резистор 10 кОм</Наименование>
                <Цены><Цена><ИдТипаЦены>no-such-price-type</ИдТипаЦены><ЦенаЗаЕдиницу>1.50</ЦенаЗаЕдиницу>
                <Валюта>RUB</Валюта></Цена></Цены></Предложение></Предложения></ПакетПредложений>
                </КоммерческаяИнформация>
                """);
        ImportRun run = refused(folder, "no-such-price-type");
        assertFalse(run.error().isBlank());
    }

    @Test
    void zipSlip() throws Exception {
        Path folder = Files.createDirectories(f.work.resolve("zip-slip"));
        Path zip = folder.resolve("v8_evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../escaped.xml"));
            out.write("<x/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        refused(zip, "unsafe entry name");
        assertFalse(Files.exists(f.work.resolve("escaped.xml")));
        assertFalse(Files.exists(folder.resolveSibling("../escaped.xml").normalize()));
    }

    /** The run failed for the reason given, recorded no change, and the catalog is as it was. */
    private ImportRun refused(Path exchange, String reason) throws Exception {
        ImportRun run = f.importFiles(exchange);
        assertEquals(ImportRun.Status.FAILED, run.status(), run.toString());
        assertTrue(run.error() != null && run.error().contains(reason), "reason: " + run.error());
        CatalogStats after = f.stats();
        assertEquals(new CatalogStats(before.groups(), before.products(), before.offers(), before.priceTypes(),
                before.warehouses(), before.prices(), null), new CatalogStats(after.groups(), after.products(),
                after.offers(), after.priceTypes(), after.warehouses(), after.prices(), null));
        assertTrue(f.catalog.changes(run.id()).isEmpty(), "a failed run records no change");
        assertEquals(run.id(), after.lastImport().id());
        assertEquals(ImportRun.Status.FAILED, after.lastImport().status());
        return run;
    }

    private static String fullName(Path folder, String prefix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
