package ru.krek.optovik.api.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sellable item (Предложение): a product, or one characteristic of it (size, colour, coil
 * voltage), with its prices and stock. Text fields are null when the file does not say.
 *
 * @param id               Ид, either product id or product#characteristic
 * @param productId        the product part of the id
 * @param characteristicId the characteristic part after '#'; null for a plain product
 * @param name             Наименование
 * @param article          Артикул
 * @param unit             base unit as people read it (see {@link Product#unit()})
 * @param characteristics  ХарактеристикиТовара: name → value, in file order (e.g. Цвет → Красный)
 * @param prices           Цены; empty when the element carries none (a rests file, or no price set)
 * @param stock            the stock, or {@link Stock#UNKNOWN} when the element says nothing about it
 * @param deleted          marked deleted (ПометкаУдаления or Статус="Удален")
 */
public record Offer(String id, String productId, String characteristicId, String name, String article, String unit,
        Map<String, String> characteristics, List<Price> prices, Stock stock, boolean deleted) {

    public Offer {
        Ids.require(id, "offer id");
        Ids.require(productId, "product id");
        characteristics = Collections.unmodifiableMap(new LinkedHashMap<>(characteristics));
        prices = List.copyOf(prices);
        Objects.requireNonNull(stock, "stock");
    }
}
