package ru.krek.optovik.api.pricelist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One offer in a price list, priced for the list's terms.
 *
 * @param offerId          the offer's Ид (product#characteristic when 1C sends one)
 * @param article          Артикул; empty when 1C gave none
 * @param name             Наименование (with the characteristic)
 * @param manufacturer     Изготовитель; empty when unknown
 * @param unit             the unit the price is for (шт, м, упак)
 * @param price            the client's price, already discounted and rounded
 * @param stock            all warehouses together; null when 1C did not say
 * @param stockByWarehouse per warehouse, in the header's warehouse order (null where unknown); empty when
 *                         the list shows stock as one total
 */
public record PriceListLine(String offerId, String article, String name, String manufacturer, String unit,
        BigDecimal price, BigDecimal stock, List<BigDecimal> stockByWarehouse) {

    public PriceListLine {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(price, "price");
        article = article == null ? "" : article;
        name = name == null ? "" : name;
        manufacturer = manufacturer == null ? "" : manufacturer;
        unit = unit == null ? "" : unit;
        // List.copyOf refuses nulls, and an unknown warehouse stock is a null
        stockByWarehouse = stockByWarehouse == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(stockByWarehouse));
    }
}
