package ru.krek.optovik.api.catalog;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of an offer is in stock. A prices-only file says nothing about stock, and "nothing said"
 * must not read as "sold out": that is {@link #UNKNOWN}, with a null total.
 *
 * @param total       all warehouses together (Количество, or the sum of the warehouses when only
 *                    those are given); null when unknown. May be negative: 1C allows negative stock.
 * @param byWarehouse warehouse id → quantity, in file order; empty when the file gives no breakdown
 */
public record Stock(BigDecimal total, Map<String, BigDecimal> byWarehouse) {

    /** The file says nothing about stock. */
    public static final Stock UNKNOWN = new Stock(null, Map.of());

    public Stock {
        byWarehouse = Collections.unmodifiableMap(new LinkedHashMap<>(byWarehouse));
        if (total == null && !byWarehouse.isEmpty()) {
            throw new IllegalArgumentException("a stock with warehouses needs a total");
        }
    }
}
