package ru.krek.optovik.api.pricelist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a price list is: supplier, terms and date, as its title block shows them.
 *
 * @param supplier      the seller, e.g. ООО «КРЭК»
 * @param date          the catalog date the prices are from
 * @param terms         the discount type's name (e.g. «Оптовая − 5 %»)
 * @param priceType     the 1C price type's name the prices come from (e.g. Оптовая)
 * @param currency      ISO 4217 code of the prices (e.g. RUB)
 * @param vatIncluded   the prices include VAT, as 1C's price type states: the list says «цены с НДС»
 *                      or «без НДС»
 * @param groups        names of the groups the list covers; empty = the whole catalog
 * @param inStockOnly   only lines with stock are listed
 * @param warehouses    names of the warehouses, in column order, when stock is shown per warehouse;
 *                      empty when stock is one total
 * @param leftOut       offers of the covered groups left out because they have no price in the
 *                      client's price type
 */
public record PriceListHeader(String supplier, LocalDate date, String terms, String priceType, String currency,
        boolean vatIncluded, List<String> groups, boolean inStockOnly, List<String> warehouses, int leftOut) {

    public PriceListHeader {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(priceType, "priceType");
        groups = List.copyOf(groups);
        warehouses = List.copyOf(warehouses);
    }

    /** Stock goes in one column per warehouse (see {@link PriceListLine#stockByWarehouse()}). */
    public boolean stockPerWarehouse() {
        return !warehouses.isEmpty();
    }

    /** «цены с НДС» or «цены без НДС», the words every format prints. */
    public String vatNote() {
        return vatIncluded ? "цены с НДС" : "цены без НДС";
    }
}
