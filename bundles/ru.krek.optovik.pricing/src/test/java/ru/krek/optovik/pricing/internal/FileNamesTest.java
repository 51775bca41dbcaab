package ru.krek.optovik.pricing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void companyNamesBecomeLatinSlugs() {
        assertEquals("ooo-romashka", FileNames.slug("ООО «Ромашка»"));
        assertEquals("ip-shchukin-a-iu", FileNames.slug("ИП Щукин А. Ю."));
        assertEquals("client", FileNames.slug("«»"));
        assertEquals("12-ooo-krek.xlsx", FileNames.out(12, "ООО КРЭК", "xlsx"));
        assertEquals("pricelist-ooo-krek-2026-11-27.pdf", FileNames.download("ООО КРЭК", LocalDate.of(2026, 11, 27), "pdf"));
    }
}
