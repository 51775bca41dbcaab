package ru.krek.optovik.api.client;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named terms a manager assigns to clients (the seed's «типы скидок»): either a 1C price type as it is
 * (e.g. Оптовая), or a base price type minus a percentage, optionally a different one per group.
 *
 * @param id            the directory's number; 0 for one not yet stored
 * @param name          unique, case ignored
 * @param priceTypeId   the 1C price type's Ид: the price itself, or the base the discount applies to
 * @param percent       the discount in percent (0–100); null for a plain price type
 * @param groupPercents per-group discounts (group Ид → percent, 0–100) overriding {@code percent} for that
 *                      group and its subgroups; only with a percentage
 * @param rounding      how discounted prices are rounded
 */
public record DiscountType(long id, String name, String priceTypeId, BigDecimal percent,
        Map<String, BigDecimal> groupPercents, Rounding rounding) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws IllegalArgumentException a percentage outside 0–100, a blank name or price type, group percents without a percentage */
    public DiscountType {
        name = name == null ? "" : name.strip();
        priceTypeId = priceTypeId == null ? "" : priceTypeId.strip();
        groupPercents = groupPercents == null ? Map.of() : Map.copyOf(groupPercents);
        rounding = rounding == null ? Rounding.KOPECK : rounding;
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a discount type needs a name");
        }
        if (priceTypeId.isEmpty()) {
            throw new IllegalArgumentException("discount type " + name + " needs a price type");
        }
        checkPercent(percent, "discount type " + name);
        if (percent == null && !groupPercents.isEmpty()) {
            throw new IllegalArgumentException("discount type " + name + ": per-group percentages need a base percentage");
        }
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(groupPercents).entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("discount type " + name + ", group " + e.getKey() + ": no percentage");
            }
            checkPercent(e.getValue(), "discount type " + name + ", group " + e.getKey());
        }
    }

    /** A price type taken as it is. */
    public boolean isPlainPriceType() {
        return percent == null;
    }

    /** The percentage for a group (its own or the type's), not looking at parents; null for a plain price type. */
    public BigDecimal percentFor(String groupId) {
        return groupPercents.getOrDefault(groupId, percent);
    }

    public DiscountType withId(long newId) {
        return new DiscountType(newId, name, priceTypeId, percent, groupPercents, rounding);
    }

    private static void checkPercent(BigDecimal value, String what) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException(what + ": the percentage must be between 0 and 100 (was "
                    + value.toPlainString() + ")");
        }
    }
}
