package ru.krek.optovik.api.client;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a discounted price is rounded (half up) before it reaches a price list. */
public enum Rounding {
    KOPECK(2), RUBLE(0), TEN_RUBLES(-1);

    private final int scale;

    Rounding(int scale) {
        this.scale = scale;
    }

    /** The price rounded half up to this step; 12.345 → 12.35 (kopeck), 12 (ruble), 10 (ten-rubles). */
    public BigDecimal apply(BigDecimal price) {
        BigDecimal rounded = price.setScale(scale, RoundingMode.HALF_UP);
        return scale < 0 ? rounded.setScale(0) : rounded;
    }

    public String word() {
        return Words.word(this);
    }

    public static Rounding of(String word) {
        return Words.parse(Rounding.class, word, "rounding");
    }
}
