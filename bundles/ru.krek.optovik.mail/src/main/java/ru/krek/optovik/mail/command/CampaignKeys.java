package ru.krek.optovik.mail.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import ru.krek.optovik.api.client.PriceListFrequency;

/**
 * Which price-list campaign a client is due in: the last import for "each import", else the day,
 * ISO week or month. A client gets one letter per campaign, so a second mail:send in the same period
 * queues nothing.
 */
final class CampaignKeys {

    static final String PRICELIST = "pricelist";

    private CampaignKeys() {
    }

    /** @param lastImport the last import run's id; null when nothing was imported yet */
    static String key(PriceListFrequency frequency, LocalDate today, Long lastImport) {
        return switch (frequency) {
            case EACH_IMPORT -> lastImport == null ? "import-none" : "import-" + lastImport;
            case DAILY -> "day-" + today;
            case WEEKLY -> String.format("week-%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> "month-" + today.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        };
    }

    /** A new campaign beside the period's own (--force). */
    static String forced(String key, LocalDateTime now) {
        return key + "-force-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}
