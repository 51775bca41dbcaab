package ru.krek.optovik.api.catalog;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An offer of the catalog as it stands now, with its price in one price type (see
 * {@link CatalogStore#offers}): what a price list needs of it, read in one pass.
 *
 * @param id               the offer's Ид (product#characteristic when 1C sends one)
 * @param groupId          the group it is listed under (a product in several groups comes once per group)
 * @param article          Артикул (the offer's, else its product's); empty when 1C gave none
 * @param name             Наименование (with the characteristic)
 * @param manufacturer     the product's Изготовитель; empty when unknown
 * @param unit             the offer's base unit
 * @param price            the price in the price type asked for; null when the offer has none in it
 * @param stock            all warehouses together; null when unknown
 * @param stockByWarehouse warehouse Ид → quantity; empty when 1C gave no breakdown
 */
public record CatalogOffer(String id, String groupId, String article, String name, String manufacturer, String unit,
        Price price, BigDecimal stock, Map<String, BigDecimal> stockByWarehouse) {

    public CatalogOffer {
        Ids.require(id, "offer id");
        Objects.requireNonNull(groupId, "groupId");
        article = article == null ? "" : article;
        name = name == null ? "" : name;
        manufacturer = manufacturer == null ? "" : manufacturer;
        unit = unit == null ? "" : unit;
        stockByWarehouse = Collections.unmodifiableMap(new LinkedHashMap<>(stockByWarehouse));
    }
}
