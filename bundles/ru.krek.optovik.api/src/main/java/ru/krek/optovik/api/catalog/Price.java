package ru.krek.optovik.api.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price of an offer (Цена) in one price type.
 *
 * @param priceTypeId ИдТипаЦены
 * @param amount      ЦенаЗаЕдиницу, exact as written
 * @param currency    ISO code when recognisable, else as written; null when not stated
 * @param unit        Единица the price is for; null when not stated (the offer's unit)
 * @param coefficient Коэффициент of that unit to the base unit; 1 when not stated
 */
public record Price(String priceTypeId, BigDecimal amount, String currency, String unit, BigDecimal coefficient) {

    public Price {
        Ids.require(priceTypeId, "price type id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(coefficient, "coefficient");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative price " + amount);
        }
        if (coefficient.signum() <= 0) {
            throw new IllegalArgumentException("coefficient must be positive: " + coefficient);
        }
    }
}
