package ru.krek.optovik.onec.internal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.internal.cml.Corpus;

/** The importer's own promises: what it expands, in which order it delivers, what it refuses, and that nothing partial commits. */
class CommerceMlImporterTest {

    static final ImportSource SOURCE = new ImportSource("test", "unit");

    @TempDir
    Path dir;
    Path work;
    RecordingStore store;
    CommerceMlImporter importer;

    @BeforeEach
    void setUp() {
        work = dir.resolve("work");
        store = new RecordingStore();
        importer = new CommerceMlImporter(store, work);
    }

    ImportRun importing(Path... paths) throws CatalogImportException {
        return importer.importFiles(List.of(paths), SOURCE, Duration.ZERO);
    }

    @Test
    void aFolderIsAppliedCatalogFirstThenOffersPricesRests() throws Exception {
        Path exchange = Files.createDirectories(dir.resolve("exchange"));
        // names sort the wrong way round on purpose: the order must come from the content
        copy("11_ut11_incremental_rests.xml", exchange.resolve("a.xml"));
        copy("10_ut11_incremental_prices.xml", exchange.resolve("b.xml"));
        copy("09_ut11_incremental_offers.xml", exchange.resolve("c.xml"));
        copy("08_ut11_incremental_import_classifier.xml", exchange.resolve("d.xml"));
        ImportRun run = importing(exchange);
        RecordingStore.Recorded recorded = store.last();
        assertEquals(ImportRun.Status.SUCCEEDED, run.status());
        assertEquals(List.of("d.xml", "c.xml", "b.xml", "a.xml"), recorded.fileNames());
        assertEquals(List.of(FileKind.CATALOG, FileKind.OFFERS, FileKind.PRICES, FileKind.RESTS),
                recorded.documents.stream().map(d -> d.kind()).toList());
        assertEquals(4, recorded.ended);
        assertEquals(97, recorded.groups);
        assertEquals(978 * 3, recorded.offers);
        assertTrue(recorded.committed);
        assertTrue(recorded.closed);
        assertWorkCleaned();
    }

    @Test
    void filesOfOneKindGoByName() throws Exception {
        Path z = copy("06_import0_1_manufacturer.xml", dir.resolve("z_catalog.xml"));
        Path y = copy("14_ut103_import_2_03.xml", dir.resolve("y_catalog.xml"));
        Path offers = copy("07_offers0_1_3warehouses.xml", dir.resolve("a_offers.xml"));
        importing(offers, z, y, z);
        assertEquals(List.of("y_catalog.xml", "z_catalog.xml", "a_offers.xml"), store.last().fileNames());
    }

    @Test
    void aZipIsUnpackedAndOnlyItsXmlFilesAreRead() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("offers0_1.xml", bytes("07_offers0_1_3warehouses.xml"));
        entries.put("import0_1.xml", bytes("05_import0_1_nested_groups_manufacturer.xml"));
        entries.put("import_files/ab/ab12.jpg", new byte[] {1, 2, 3});
        entries.put(".hidden.xml", "not an exchange file".getBytes(StandardCharsets.UTF_8));
        Path zip = zip(dir.resolve("v8_2C7E_125d5b.zip"), entries);
        ImportRun run = importing(zip);
        assertEquals(ImportRun.Status.SUCCEEDED, run.status(), run.error());
        assertEquals(List.of("import0_1.xml", "offers0_1.xml"), store.last().fileNames());
        assertEquals(283, store.last().products);
        assertEquals(44, store.last().offers);
        assertWorkCleaned();
    }

    @Test
    void aSaleDocumentIsRefusedBeforeAnythingIsDelivered() throws Exception {
        Path exchange = Files.createDirectories(dir.resolve("exchange"));
        copy("06_import0_1_manufacturer.xml", exchange.resolve("import.xml"));
        copy("17_bitrix_sale_query_orders_cp1251.xml", exchange.resolve("orders.xml"));
        ImportRun run = importing(exchange);
        RecordingStore.Recorded recorded = store.last();
        assertEquals(ImportRun.Status.FAILED, run.status());
        assertTrue(run.error().contains("sale document, not a catalog"), run.error());
        assertTrue(run.error().contains("orders.xml"), run.error());
        assertTrue(recorded.documents.isEmpty());
        assertFalse(recorded.committed);
    }

    @Test
    void aZipSlipIsRefusedAndNothingLandsOutsideTheWorkFolder() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("import.xml", bytes("06_import0_1_manufacturer.xml"));
        entries.put("../../evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        ImportRun run = importing(zip(dir.resolve("slip.zip"), entries));
        assertEquals(ImportRun.Status.FAILED, run.status());
        assertTrue(run.error().contains("unsafe entry name"), run.error());
        assertTrue(store.last().documents.isEmpty());
        assertFalse(store.last().committed);
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("evil.xml")));
        }
        assertWorkCleaned();
    }

    @Test
    void aBrokenFileAfterAGoodOneFailsTheWholeExchange() throws Exception {
        Path good = copy("05_import0_1_nested_groups_manufacturer.xml", dir.resolve("import.xml"));
        byte[] offers = bytes("07_offers0_1_3warehouses.xml");
        Path truncated = Files.write(dir.resolve("offers.xml"), java.util.Arrays.copyOf(offers, offers.length * 2 / 3));
        ImportRun run = importing(truncated, good);
        RecordingStore.Recorded recorded = store.last();
        assertEquals(ImportRun.Status.FAILED, run.status());
        assertTrue(run.error().startsWith("offers.xml"), run.error());
        assertEquals(List.of("import.xml", "offers.xml"), recorded.fileNames());
        assertFalse(recorded.committed);
        assertEquals(recorded.failed, run.error());
    }

    @Test
    void aMissingPathOrAnEmptyExchangeIsAFailedRunWithItsReason() throws Exception {
        ImportRun missing = importing(dir.resolve("nowhere.xml"));
        assertEquals(ImportRun.Status.FAILED, missing.status());
        assertTrue(missing.error().contains("no such file"), missing.error());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "no xml here");
        ImportRun none = importing(empty);
        assertEquals(ImportRun.Status.FAILED, none.status());
        assertTrue(none.error().contains("no exchange files"), none.error());
        assertEquals(2, store.imports.size());
    }

    @Test
    void aBusyStoreStartsNoRunAndTheCallerHearsWhy() throws Exception {
        store.busy = "another import is running (run 7, inbox)";
        Path file = copy("06_import0_1_manufacturer.xml", dir.resolve("import.xml"));
        CatalogImportException e = assertThrows(CatalogImportException.class, () -> importing(file));
        assertEquals(store.busy, e.getMessage());
        assertTrue(store.imports.isEmpty());
        assertWorkCleaned();
    }

    @Test
    void aCommitTheStoreRefusesComesBackAsTheFailedRun() throws Exception {
        store.commitRefusal = "Неизвестный тип цен «X»";
        ImportRun run = importing(copy("06_import0_1_manufacturer.xml", dir.resolve("import.xml")));
        assertEquals(ImportRun.Status.FAILED, run.status());
        assertEquals(store.commitRefusal, run.error());
        assertEquals(store.commitRefusal, store.last().failed);
    }

    private void assertWorkCleaned() throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> left = Files.list(work)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    static Path copy(String corpusName, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(Corpus.file(corpusName), target);
    }

    static byte[] bytes(String corpusName) throws IOException {
        return Files.readAllBytes(Corpus.file(corpusName));
    }

    static Path zip(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }
}
