package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.ImportRun;

/**
 * The drop folder as 1C (or a person) uses it: a complete exchange put into 1c/inbox is imported
 * once, then moved to 1c/processed; a bad one goes to 1c/failed with its reason beside it.
 */
class DropFolderTest {

    @Test
    void aCompleteExchangeIsImportedOnceAndMovedAside() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("inbox-good");
        Path home = CatalogFixture.home();
        String name = "good-" + System.nanoTime();
        drop(f.corpus(name, "14", "13"), home.resolve("1c/inbox").resolve(name));

        Path processed = awaitMoved(home.resolve("1c/processed"), name);
        assertTrue(Files.exists(processed.resolve("14_ut103_import_2_03.xml")), "files kept: " + list(processed));
        assertEquals(6, f.stats().offers());
        ImportRun run = f.stats().lastImport();
        assertEquals("inbox", run.source().origin());
        assertEquals(ImportRun.Status.SUCCEEDED, run.status());
        Thread.sleep(3000);
        assertEquals(1, f.catalog.runs(10).size(), "imported once");
    }

    @Test
    void aBadExchangeLandsInFailedWithItsReason() throws Exception {
        CatalogFixture f = CatalogFixture.freshDatabase("inbox-bad");
        Path home = CatalogFixture.home();
        String name = "bad-" + System.nanoTime();
        drop(f.corpus(name, "17"), home.resolve("1c/inbox").resolve(name));

        Path failed = awaitMoved(home.resolve("1c/failed"), name);
        String reason = Files.readString(failed.getParent().resolve("reason.txt")); // beside the exchange
        assertTrue(reason.contains("документ продажи"), reason);
        assertEquals(ImportRun.Status.FAILED, f.stats().lastImport().status());
    }

    /** Written aside and moved in whole, as a careful writer does. */
    private static void drop(Path from, Path to) throws IOException {
        Path part = to.resolveSibling(to.getFileName() + ".part");
        Files.createDirectories(part);
        for (Path file : list(from)) {
            Files.copy(file, part.resolve(file.getFileName()));
        }
        Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The exchange once the inbox let go of it: target/<time>-run<id>/<name>. */
    private static Path awaitMoved(Path target, String name) {
        Path[] found = new Path[1];
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (found[0] == null) {
            try (Stream<Path> all = Files.exists(target) ? Files.walk(target, 2) : Stream.empty()) {
                found[0] = all.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            if (found[0] == null) {
                assertTrue(System.nanoTime() < deadline, "never moved to " + target);
                sleep();
            }
        }
        return found[0];
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
