package ru.krek.optovik.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What backup rotation, cleanup and the stuck-files alert pick: pure folder logic. */
class FilesAgeTest {

    @TempDir
    Path dir;

    @Test
    void rotationKeepsTheNewestBackupsByName() throws Exception {
        for (String name : List.of("optovik-20300101-023000-run1.fbk", "optovik-20300102-023000-run2.fbk",
                "optovik-20300103-023000-run3.fbk", "optovik-20300104-023000-run4.fbk.part", "notes.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertEquals(List.of(dir.resolve("optovik-20300101-023000-run1.fbk")), BackupJob.older(dir, 2),
                "part files and others are never rotated");
        assertEquals(List.of(), BackupJob.older(dir, 3));
    }

    @Test
    void aFolderIsOldOnlyWhenEverythingInItIs() throws Exception {
        Instant old = Instant.parse("2030-01-01T00:00:00Z");
        Instant recent = Instant.parse("2030-03-01T00:00:00Z");
        Path a = Files.createDirectories(dir.resolve("20300101-run1"));
        Files.setLastModifiedTime(Files.writeString(a.resolve("import.xml"), "x"), FileTime.from(old));
        Files.setLastModifiedTime(a, FileTime.from(old));
        Path b = Files.createDirectories(dir.resolve("20300102-run2"));
        Files.setLastModifiedTime(Files.writeString(b.resolve("import.xml"), "x"), FileTime.from(recent));
        Files.setLastModifiedTime(b, FileTime.from(old));
        Path loose = Files.writeString(dir.resolve("list.xlsx"), "x");
        Files.setLastModifiedTime(loose, FileTime.from(old));
        assertEquals(List.of(a, loose), CleanupJob.olderThan(dir, Instant.parse("2030-02-01T00:00:00Z")));
        assertEquals(List.of(), CleanupJob.olderThan(dir.resolve("missing"), recent));
    }

    @Test
    void theSameFilesStuckAgainLaterAreANewSituation() throws Exception {
        Path imports = Files.writeString(dir.resolve("import0_1.xml"), "x");
        Path offers = Files.writeString(dir.resolve("offers0_1.xml"), "x");
        Files.setLastModifiedTime(imports, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        Files.setLastModifiedTime(offers, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        String first = InboxWatchJob.situation(List.of(imports, offers));
        assertTrue(first.matches("inbox-stuck-[0-9a-f]{16}"), first);
        assertEquals(first, InboxWatchJob.situation(List.of(imports, offers)), "the same files: the same situation");
        assertNotEquals(first, InboxWatchJob.situation(List.of(imports)), "fewer files");
        Files.setLastModifiedTime(offers, FileTime.from(Instant.parse("2030-01-08T00:00:00Z")));
        assertNotEquals(first, InboxWatchJob.situation(List.of(imports, offers)), "1C's next export, named the same");
    }
}
