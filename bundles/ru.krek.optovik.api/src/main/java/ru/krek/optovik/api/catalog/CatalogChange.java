package ru.krek.optovik.api.catalog;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One thing an import changed, kept for notifications.
 *
 * @param runId       the run that made the change
 * @param kind        what happened
 * @param offerId     the offer's Ид (product or product#characteristic)
 * @param name        the offer's name at the time
 * @param priceTypeId for {@link Kind#PRICE}, the price type; else null
 * @param priceType   for {@link Kind#PRICE}, the price type's name; else null
 * @param oldValue    the price before, or the stock before for ARRIVAL/SOLDOUT; null when it does not apply
 * @param newValue    the price after, or the stock after for ARRIVAL/SOLDOUT; null when it does not apply
 */
public record CatalogChange(long runId, Kind kind, String offerId, String name, String priceTypeId,
        String priceType, BigDecimal oldValue, BigDecimal newValue) {

    public enum Kind {
        /** A price went up or down. */
        PRICE,
        /** An offer appeared for the first time. */
        NEW,
        /** Stock went from none to some. */
        ARRIVAL,
        /** Stock went from some to none. */
        SOLDOUT,
        /** The product left the catalog (absent from a full export, or deleted in 1C). */
        GONE,
        /** A gone product came back. */
        BACK;

        /** The word scripts read: price, new, arrival, soldout, gone, back. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
