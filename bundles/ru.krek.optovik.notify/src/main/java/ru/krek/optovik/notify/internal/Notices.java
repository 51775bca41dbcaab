package ru.krek.optovik.notify.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one letter tells one client, section by section, each sorted by name.
 *
 * @param arrivals offers that came into stock
 * @param added    offers new to the catalog
 * @param prices   offers whose price (the client's own) changed
 * @param soldOut  offers that sold out
 * @param gone     offers that left the catalog
 * @param back     offers that came back to the catalog
 */
record Notices(List<Line> arrivals, List<Line> added, List<Line> prices, List<Line> soldOut, List<Line> gone,
        List<Line> back) {

    /**
     * One offer in a section.
     *
     * @param offerId  its Ид
     * @param name     its name as the last change gave it
     * @param oldPrice the client's price before (price changes only; else null)
     * @param newPrice the client's price after (price changes only; else null)
     */
    record Line(String offerId, String name, BigDecimal oldPrice, BigDecimal newPrice) {

        /** The change in percent of the old price, one decimal; null when there was no old price to compare. */
        BigDecimal percent() {
            if (oldPrice == null || newPrice == null || oldPrice.signum() == 0) {
                return null;
            }
            return newPrice.subtract(oldPrice).multiply(BigDecimal.valueOf(100))
                    .divide(oldPrice, 1, java.math.RoundingMode.HALF_UP);
        }
    }

    boolean isEmpty() {
        return size() == 0;
    }

    int size() {
        return arrivals.size() + added.size() + prices.size() + soldOut.size() + gone.size() + back.size();
    }
}
