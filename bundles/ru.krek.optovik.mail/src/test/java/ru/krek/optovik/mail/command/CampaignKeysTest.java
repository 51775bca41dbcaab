package ru.krek.optovik.mail.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.PriceListFrequency;

class CampaignKeysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void aClientIsDueOncePerImportDayIsoWeekOrMonth() {
        assertEquals("import-42", CampaignKeys.key(PriceListFrequency.EACH_IMPORT, FRIDAY, 42L));
        assertEquals("import-none", CampaignKeys.key(PriceListFrequency.EACH_IMPORT, FRIDAY, null));
        assertEquals("day-2026-11-27", CampaignKeys.key(PriceListFrequency.DAILY, FRIDAY, 42L));
        assertEquals("week-2026-W48", CampaignKeys.key(PriceListFrequency.WEEKLY, FRIDAY, 42L));
        assertEquals("week-2026-W53", CampaignKeys.key(PriceListFrequency.WEEKLY, LocalDate.of(2027, 1, 1), 42L));
        assertEquals("month-2026-11", CampaignKeys.key(PriceListFrequency.MONTHLY, FRIDAY, 42L));
    }

    @Test
    void forceMakesANewKeyBesideThePeriods() {
        assertEquals("week-2026-W48-force-20261127-231500",
                CampaignKeys.forced("week-2026-W48", LocalDateTime.of(2026, 11, 27, 23, 15, 0)));
    }
}
