package ru.krek.optovik.jobs.internal.notify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import ru.krek.optovik.api.catalog.CatalogChange;

/**
 * One line of a client's notification: the net effect of one or more imports on one offer (and,
 * for a price, one price type), at the client's own price.
 *
 * @param oldValue the price (or stock) before the first of the merged imports; null when it does not apply
 * @param newValue the price (or stock) after the last one; null when it does not apply
 */
public record Notice(CatalogChange.Kind kind, String offerId, String name, String priceTypeId, BigDecimal oldValue,
        BigDecimal newValue) {

    /** For a price: the change in percent of the old price, one decimal; empty otherwise or from zero. */
    public Optional<BigDecimal> percent() {
        if (kind != CatalogChange.Kind.PRICE || oldValue == null || newValue == null || oldValue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(newValue.subtract(oldValue).multiply(BigDecimal.valueOf(100))
                .divide(oldValue, 1, RoundingMode.HALF_UP));
    }
}
