package ru.krek.optovik.onec.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void namesOneCSendsAreKeptAsTheirBaseName() throws Refusal {
        assertEquals("import0_1.xml", FileNames.safe("import0_1.xml"));
        assertEquals("v8_2C7E_125d5b.zip", FileNames.safe("/tmp/v8_2C7E_125d5b.zip"));
        assertEquals("import.xml", FileNames.safe("upload/1c/webdata/import.xml"));
        assertEquals("ab12.jpg", FileNames.safe("import_files/ab/ab12.jpg"));
        assertEquals("ab12.jpg", FileNames.safe("import_files\\ab\\ab12.jpg"));
        assertEquals("offers___7f304edc-2527-4d3d-b058-6e4ee53de2e0.xml",
                FileNames.safe("offers___7f304edc-2527-4d3d-b058-6e4ee53de2e0.xml"));
        assertEquals("Выгрузка товаров.xml", FileNames.safe("Выгрузка товаров.xml"));
    }

    @Test
    void namesThatPointElsewhereAreRefused() {
        for (String name : new String[] {"../import.xml", "a/../../import.xml", "..\\..\\import.xml", "/etc/passwd",
            "/tmp/../etc/passwd", "C:\\Windows\\import.xml", "\\\\server\\share\\x.xml", "~/import.xml", ".."}) {
            Refusal e = assertThrows(Refusal.class, () -> FileNames.safe(name), name);
            assertTrue(e.getMessage().startsWith("Недопустимое имя файла"), e.getMessage());
        }
    }

    @Test
    void controlCharactersHiddenEmptyAndOverlongNamesAreRefused() {
        for (String name : new String[] {"im\u0000port.xml", "import\n.xml", "imp\u001bort.xml", ".htaccess",
            "import_files/", "", " ", "a".repeat(201) + ".xml", null}) {
            assertThrows(Refusal.class, () -> FileNames.safe(name), String.valueOf(name));
        }
    }

    @Test
    void theRefusalNeverEchoesControlCharacters() {
        Refusal e = assertThrows(Refusal.class, () -> FileNames.safe("a\r\nb.xml"));
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("\r"), e.getMessage());
    }
}
