package ru.krek.optovik.api.client;

/** How stock appears in a client's price list. */
public enum StockView {
    /** one quantity per line, all warehouses together */
    TOTAL,
    /** one column per warehouse */
    PER_WAREHOUSE;

    public String word() {
        return Words.word(this);
    }

    public static StockView of(String word) {
        return Words.parse(StockView.class, word, "stock");
    }
}
