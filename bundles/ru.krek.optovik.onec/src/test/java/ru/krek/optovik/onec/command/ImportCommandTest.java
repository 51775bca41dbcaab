package ru.krek.optovik.onec.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;

class ImportCommandTest {

    @TempDir
    Path dir;
    final List<List<Path>> calls = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    ImportRun.Status status = ImportRun.Status.SUCCEEDED;
    int busyTimes;

    final ImportCommand command = new ImportCommand((paths, source, wait) -> {
        waits.add(wait);
        if (busyTimes-- > 0) {
            throw new CatalogImportException("another import is running (run 3, inbox)");
        }
        calls.add(paths);
        return new ImportRun(12, source, "2.10", status, Instant.EPOCH, Instant.EPOCH.plusMillis(2300),
                new ImportCounts(3, 120, 4000, 5000, 15000, 37, 1), List.of("w"),
                status == ImportRun.Status.FAILED ? "offers.xml, строка 7: Файл оборван" : null);
    });

    static CommandSession sessionIn(Path cwd) {
        return (CommandSession) Proxy.newProxyInstance(ImportCommandTest.class.getClassLoader(),
                new Class<?>[] {CommandSession.class}, (proxy, m, args) -> {
                    if (m.getName().equals("currentDir") && (args == null || args.length == 0)) {
                        return cwd;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void relativePathsResolveAgainstTheSessionsDirectoryAndOneLineIsPrinted() throws Exception {
        Files.writeString(dir.resolve("import.xml"), "<a/>");
        Files.createDirectories(dir.resolve("exchange"));
        String line = command._import(sessionIn(dir), "import.xml", "exchange", dir.resolve("import.xml").toString());
        assertEquals("run 12 succeeded: 3 files, 120 groups, 4000 products, 5000 offers, 15000 prices, 37 changes, "
                + "1 warning (2.3 s)", line);
        assertEquals(List.of(List.of(dir.resolve("import.xml"), dir.resolve("exchange"), dir.resolve("import.xml"))), calls);
    }

    @Test
    void badUsageIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> command._import(sessionIn(dir)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> command._import(sessionIn(dir), "missing.xml"));
        assertTrue(e.getMessage().contains(dir.resolve("missing.xml").toString()), e.getMessage());
        assertTrue(calls.isEmpty());
    }

    @Test
    void aFailedRunThrowsWithItsReasonSoTheExitStatusIsOne() throws Exception {
        status = ImportRun.Status.FAILED;
        Files.writeString(dir.resolve("offers.xml"), "<a/>");
        CatalogImportException e = assertThrows(CatalogImportException.class,
                () -> command._import(sessionIn(dir), "offers.xml"));
        assertTrue(e.getMessage().startsWith("run 12 failed: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("offers.xml, строка 7: Файл оборван"), e.getMessage());
    }

    @Test
    void aRunningImportIsWaitedForOnceThenReported() throws Exception {
        Files.writeString(dir.resolve("import.xml"), "<a/>");
        busyTimes = 1;
        command._import(sessionIn(dir), "import.xml");
        assertEquals(List.of(Duration.ZERO, ImportCommand.WAIT), waits);
        busyTimes = 2;
        assertThrows(CatalogImportException.class, () -> command._import(sessionIn(dir), "import.xml"));
    }

    @Test
    void withoutASessionThePathsResolveAgainstTheProcessDirectory() {
        assertEquals(Path.of("x.xml").toAbsolutePath(), SessionPaths.resolve(null, "x.xml"));
        assertEquals(Path.of("/abs/x.xml"), SessionPaths.resolve(sessionIn(dir), "/abs/x.xml"));
    }
}
