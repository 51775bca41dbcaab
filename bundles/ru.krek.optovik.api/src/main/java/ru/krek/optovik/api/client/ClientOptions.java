package ru.krek.optovik.api.client;

import java.util.List;

/**
 * What a client's price lists look like and how often letters go.
 *
 * @param formats       preferred formatter ids (e.g. "xlsx", "pdf"), in order; empty = the system's default
 * @param inStockOnly   only lines with stock, or every line
 * @param stock         stock as one total or per warehouse
 * @param priceLists    how often the price list goes
 * @param notifications how change notifications go
 */
public record ClientOptions(List<String> formats, boolean inStockOnly, StockView stock,
        PriceListFrequency priceLists, NotifyFrequency notifications) {

    public ClientOptions {
        formats = List.copyOf(formats.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
        if (stock == null || priceLists == null || notifications == null) {
            throw new IllegalArgumentException("client options need stock, price-list and notification settings");
        }
    }

    /** A new client's options unless they choose: every line, total stock, a list each import, instant notices. */
    public static ClientOptions defaults() {
        return new ClientOptions(List.of(), false, StockView.TOTAL, PriceListFrequency.EACH_IMPORT, NotifyFrequency.INSTANT);
    }
}
