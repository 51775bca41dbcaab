package ru.krek.optovik.api.client;

/** How often a client's price list goes out. */
public enum PriceListFrequency {
    EACH_IMPORT, DAILY, WEEKLY, MONTHLY;

    /** each-import, daily, weekly, monthly (the form's pricelist_frequency values) */
    public String word() {
        return Words.word(this);
    }

    public static PriceListFrequency of(String word) {
        return Words.parse(PriceListFrequency.class, word, "pricelist_frequency");
    }
}
