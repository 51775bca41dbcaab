package ru.krek.optovik.onec.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesBothFilesIntoTheFolderAndSaysWhat() throws Exception {
        String out = new GenerateCommand().generate(ImportCommandTest.sessionIn(dir), 200, 7, false, "demo");
        String[] lines = out.split("\n");
        assertEquals(2, lines.length, out);
        assertTrue(lines[0].startsWith(dir.resolve("demo/import.xml") + ": "), lines[0]);
        assertTrue(lines[1].startsWith(dir.resolve("demo/offers.xml") + ": 200 offers, "), lines[1]);
        assertTrue(lines[1].endsWith("3 price types, 2 warehouses"), lines[1]);
        assertTrue(Files.size(dir.resolve("demo/offers.xml")) > 0);
    }

    @Test
    void theNextExportAlsoSaysWhatChanged() throws Exception {
        String out = new GenerateCommand().generate(ImportCommandTest.sessionIn(dir), 200, 7, true, "next");
        assertTrue(out.split("\n")[2].startsWith("changes: "), out);
    }

    @Test
    void anImpossibleCountIsBadUsage() {
        assertThrows(IllegalArgumentException.class,
                () -> new GenerateCommand().generate(ImportCommandTest.sessionIn(dir), 0, 1, false, "x"));
    }
}
