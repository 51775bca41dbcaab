package ru.krek.optovik.onec.internal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;

/** The drop folder's promises: complete exchanges only, each imported once, then moved aside. */
class DropFolderTest {

    static final Duration QUIET = Duration.ofSeconds(5);

    @TempDir
    Path home;
    Path inbox;
    /** A second ahead of the files' real times, so "written just now" never lies in this clock's future. */
    Instant now = Instant.now().plusSeconds(1);
    final List<List<String>> imported = new ArrayList<>();
    String busy;
    String failWith;
    DropFolder folder;

    @BeforeEach
    void setUp() {
        inbox = home.resolve("1c/inbox");
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneId.systemDefault();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        folder = new DropFolder(inbox, this::importFiles, QUIET, Duration.ZERO, clock);
    }

    private ImportRun importFiles(List<Path> paths, ImportSource source, Duration wait) throws CatalogImportException {
        if (busy != null) {
            String reason = busy;
            busy = null;
            throw new CatalogImportException(reason);
        }
        imported.add(paths.stream().map(p -> inbox.relativize(p).toString()).toList());
        assertEquals("inbox", source.origin());
        return new ImportRun(imported.size(), source, "2.10",
                failWith == null ? ImportRun.Status.SUCCEEDED : ImportRun.Status.FAILED, now, now, ImportCounts.NONE,
                List.of(), failWith);
    }

    private List<ImportRun> pollAfter(Duration elapsed) throws IOException {
        now = now.plus(elapsed);
        return folder.importComplete();
    }

    private Path write(String name, String content) throws IOException {
        Path file = inbox.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void looseFilesAreOneExchangeImportedOnceWhenQuietThenMovedToProcessed() throws Exception {
        write("import.xml", "<a/>");
        write("offers.xml", "<b/>");
        assertEquals(List.of(), pollAfter(Duration.ZERO), "first sight: not yet known to be stable");
        assertEquals(List.of(), pollAfter(Duration.ofSeconds(1)), "stable but not quiet long enough");
        List<ImportRun> runs = pollAfter(QUIET);
        assertEquals(1, runs.size());
        assertEquals(List.of(List.of("import.xml", "offers.xml")), imported);
        assertEquals(List.of(), list(inbox));
        Path processed = single(home.resolve("1c/processed"));
        assertTrue(processed.getFileName().toString().endsWith("-run1"), processed.toString());
        assertEquals(List.of("import.xml", "offers.xml"), list(processed));
        pollAfter(QUIET);
        pollAfter(QUIET);
        assertEquals(1, imported.size(), "imported once");
    }

    @Test
    void aFileStillBeingWrittenWaits() throws Exception {
        Path file = write("import.xml", "<a>");
        pollAfter(Duration.ZERO);
        now = now.plus(QUIET.multipliedBy(2));
        Files.writeString(file, "more", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(now)); // written just now
        assertEquals(List.of(), folder.importComplete(), "it changed since the last poll");
        assertEquals(List.of(), pollAfter(Duration.ofSeconds(1)), "unchanged, but modified only a second ago");
        assertEquals(1, pollAfter(QUIET).size());
    }

    @Test
    void partTmpAndHiddenFilesAreNeverTakenNorDoTheyHoldTheRestBack() throws Exception {
        write(".import.xml.part", "<a/>");
        write("offers.xml.tmp", "<b/>");
        write("prices.XML.PART", "<c/>");
        pollAfter(Duration.ZERO);
        assertEquals(List.of(), pollAfter(QUIET.multipliedBy(3)));
        write("import.xml", "<a/>");
        pollAfter(Duration.ZERO);
        pollAfter(QUIET);
        assertEquals(List.of(List.of("import.xml")), imported);
        assertEquals(List.of(".import.xml.part", "offers.xml.tmp", "prices.XML.PART"), list(inbox));
    }

    @Test
    void aSubfolderIsAnExchangeOfItsOwnAndWaitsWhileAFileInItIsStillPart() throws Exception {
        write("monday/import.xml", "<a/>");
        write("monday/offers.xml.part", "<b/>");
        write("tuesday/import.xml", "<c/>");
        write("tuesday/offers.xml", "<d/>");
        write("loose.xml", "<e/>");
        pollAfter(Duration.ZERO);
        pollAfter(QUIET);
        assertEquals(List.of(List.of("loose.xml"), List.of("tuesday")), imported);
        assertEquals(List.of("monday"), list(inbox));
        Path moved = home.resolve("1c/processed").resolve(list(home.resolve("1c/processed")).get(1)).resolve("tuesday");
        assertEquals(List.of("import.xml", "offers.xml"), list(moved));
        Files.move(inbox.resolve("monday/offers.xml.part"), inbox.resolve("monday/offers.xml"));
        pollAfter(Duration.ZERO);
        pollAfter(QUIET);
        assertEquals(List.of("monday"), imported.get(2));
        assertEquals(List.of(), list(inbox));
    }

    @Test
    void aFailedRunGoesToFailedWithItsReasonBeside() throws Exception {
        failWith = "orders.xml, строка 2, <КоммерческаяИнформация/Документ>: Это документ продажи";
        write("orders.xml", "<a/>");
        pollAfter(Duration.ZERO);
        pollAfter(QUIET);
        Path failed = single(home.resolve("1c/failed"));
        assertEquals(List.of("orders.xml", "reason.txt"), list(failed));
        String reason = Files.readString(failed.resolve("reason.txt"), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("Обмен не загружен (запуск 1"), reason);
        assertTrue(reason.contains(failWith), reason);
        assertFalse(Files.exists(home.resolve("1c/processed")));
    }

    @Test
    void whenNoRunCanStartTheFilesStayForTheNextScan() throws Exception {
        busy = "another import is running";
        write("import.xml", "<a/>");
        pollAfter(Duration.ZERO);
        assertEquals(List.of(), pollAfter(QUIET));
        assertEquals(List.of("import.xml"), list(inbox));
        assertEquals(1, pollAfter(Duration.ofSeconds(2)).size());
        assertEquals(List.of(), list(inbox));
    }

    @Test
    void aZipThatDoesNotOpenWaitsUntilItIsPlainlyAbandoned() throws Exception {
        write("v8_exchange.zip", "PK\u0003\u0004 half of an archive");
        pollAfter(Duration.ZERO);
        assertEquals(List.of(), pollAfter(QUIET));
        assertEquals(List.of(), pollAfter(QUIET));
        assertEquals(1, pollAfter(QUIET.multipliedBy(InboxRule.STALE_FACTOR)).size());
    }

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static Path single(Path dir) throws IOException {
        List<String> names = list(dir);
        assertEquals(1, names.size(), names.toString());
        return dir.resolve(names.get(0));
    }
}
