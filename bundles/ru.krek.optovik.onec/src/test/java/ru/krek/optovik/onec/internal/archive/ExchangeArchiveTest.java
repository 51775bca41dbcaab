package ru.krek.optovik.onec.internal.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.onec.internal.cml.CommerceMlException;
import ru.krek.optovik.onec.internal.cml.Problem;

/** Exchange archives made on the spot: a good one, and each way a hostile one can hurt. */
class ExchangeArchiveTest {

    @TempDir
    Path dir;

    private final ExchangeArchive archive = new ExchangeArchive(ArchiveLimits.DEFAULT);

    @Test
    void unpacksAnExchangeWithPictures() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("import0_1.xml", "<КоммерческаяИнформация/>".getBytes(StandardCharsets.UTF_8));
        entries.put("offers0_1.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        entries.put("import_files/ab/ab12.jpg", random(5000));
        Path zip = zip("v8_2C7E_125d5b.zip", entries);
        Path out = dir.resolve("exchange");
        List<Path> files = archive.extract(zip, out);
        assertEquals(List.of(out.resolve("import0_1.xml"), out.resolve("offers0_1.xml"),
                out.resolve("import_files/ab/ab12.jpg")), files);
        assertArrayEquals(entries.get("import_files/ab/ab12.jpg"), Files.readAllBytes(files.get(2)));
    }

    @Test
    void namesLeavingTheFolderAreRefused() throws Exception {
        for (String name : new String[] {"../evil.xml", "/etc/cron.d/evil", "a/../../evil.xml", "..\\evil.xml",
            "C:\\Windows\\evil.xml", "a/..\\..\\evil.xml"}) {
            Path zip = zip("slip.zip", Map.of("import.xml", new byte[] {1}, name, new byte[] {2}));
            Path out = dir.resolve("slip-out");
            CommerceMlException e = assertThrows(CommerceMlException.class, () -> archive.extract(zip, out), name);
            assertEquals(Problem.ZIP_UNSAFE_NAME, e.problem(), name);
            assertEquals(name, e.element());
            assertFalse(Files.exists(dir.resolve("evil.xml")));
            assertNothingLeft(out);
        }
    }

    @Test
    void tooManyEntries() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("import_files/" + i + ".jpg", new byte[] {(byte) i});
        }
        Path out = dir.resolve("out");
        CommerceMlException e = assertThrows(CommerceMlException.class,
                () -> new ExchangeArchive(new ArchiveLimits(10, 1 << 20, 100)).extract(zip("many.zip", entries), out));
        assertEquals(Problem.ZIP_TOO_MANY_ENTRIES, e.problem());
        assertNothingLeft(out);
    }

    @Test
    void tooManyBytesUnpacked() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("import.xml", random(600_000));
        entries.put("offers.xml", random(600_000));
        Path out = dir.resolve("out");
        CommerceMlException e = assertThrows(CommerceMlException.class,
                () -> new ExchangeArchive(new ArchiveLimits(100, 1_000_000, 100)).extract(zip("big.zip", entries), out));
        assertEquals(Problem.ZIP_TOO_LARGE, e.problem());
        assertEquals("offers.xml", e.element());
        assertNothingLeft(out);
    }

    @Test
    void compressionBomb() throws Exception {
        Path out = dir.resolve("out");
        Path zip = zip("bomb.zip", Map.of("import.xml", new byte[50 << 20])); // 50 MB of zeros packs to ~50 KB
        assertTrue(Files.size(zip) < 200_000);
        CommerceMlException e = assertThrows(CommerceMlException.class, () -> archive.extract(zip, out));
        assertEquals(Problem.ZIP_RATIO, e.problem());
        assertTrue(e.getMessage().contains("zip-бомбу"), e.getMessage());
        assertNothingLeft(out);
    }

    @Test
    void duplicateEntryNames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("import.xml", new byte[] {1});
        entries.put("imporX.xml", new byte[] {2});
        byte[] bytes = Files.readAllBytes(zip("dup.zip", entries));
        // ZipOutputStream refuses twins, so rename the second entry in place (same length; the CRC covers data only)
        replaceAll(bytes, "imporX.xml".getBytes(StandardCharsets.US_ASCII), "import.xml".getBytes(StandardCharsets.US_ASCII));
        Path twin = Files.write(dir.resolve("twin.zip"), bytes);
        CommerceMlException e = assertThrows(CommerceMlException.class, () -> archive.extract(twin, dir.resolve("out")));
        assertEquals(Problem.ZIP_DUPLICATE_ENTRY, e.problem());
        assertNothingLeft(dir.resolve("out"));
    }

    @Test
    void notAZip() throws Exception {
        Path fake = Files.write(dir.resolve("v8.zip"), "<КоммерческаяИнформация/>".getBytes(StandardCharsets.UTF_8));
        CommerceMlException e = assertThrows(CommerceMlException.class, () -> archive.extract(fake, dir.resolve("out")));
        assertEquals(Problem.ZIP_CORRUPT, e.problem());
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    /** Replaces each occurrence of {@code from} with {@code to}, of the same length. */
    private static void replaceAll(byte[] data, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= data.length; i++) {
            boolean match = true;
            for (int j = 0; j < from.length && match; j++) {
                match = data[i + j] == from[j];
            }
            if (match) {
                System.arraycopy(to, 0, data, i, to.length);
            }
        }
    }

    private static void assertNothingLeft(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> left = Files.walk(out)) {
                assertEquals(List.of(out), left.toList(), "nothing half-unpacked");
            }
        }
    }
}
