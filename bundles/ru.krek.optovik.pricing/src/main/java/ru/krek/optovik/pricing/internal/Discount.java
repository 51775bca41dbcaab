package ru.krek.optovik.pricing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import ru.krek.optovik.api.client.DiscountType;

/**
 * A discount type's arithmetic: the base price minus the percentage that applies to a group (its own, the
 * nearest group above it that has one, else the type's), rounded by the type's rule. A plain price type
 * passes prices through unchanged.
 */
final class Discount {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DiscountType type;
    private final Map<String, String> parentOf;

    /** @param parentOf group Ид → its parent's Ид (absent for a top-level group) */
    Discount(DiscountType type, Map<String, String> parentOf) {
        this.type = type;
        this.parentOf = parentOf;
    }

    /** The client's price of a base price listed under a group. */
    BigDecimal price(BigDecimal base, String groupId) {
        if (type.isPlainPriceType()) {
            return money(base);
        }
        BigDecimal percent = percentFor(groupId);
        BigDecimal discounted = base.multiply(HUNDRED.subtract(percent)).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        return type.rounding().apply(discounted);
    }

    /** The group's own percentage, else the nearest ancestor's, else the type's; null for a plain price type. */
    BigDecimal percentFor(String groupId) {
        int depth = 0;
        for (String g = groupId; g != null && depth < 1_000; g = parentOf.get(g), depth++) {
            BigDecimal own = type.groupPercents().get(g);
            if (own != null) {
                return own;
            }
        }
        return type.percent();
    }

    /** A price as 1C gave it, shown with kopecks at least: 12.5 → 12.50, 0.0125 stays. */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }
}
