package ru.krek.optovik.onec.internal.generate;

import java.nio.file.Path;

/**
 * What the generator wrote, counted as it wrote it, so a caller (and a test) can check an import
 * against it.
 *
 * @param importFile      the classifier and catalog (import.xml)
 * @param offersFile      the offer package (offers.xml)
 * @param groups          groups in the tree
 * @param products        products in import.xml, deleted ones included
 * @param deletedProducts products marked Статус="Удален"
 * @param offers          offers in offers.xml
 * @param prices          offer × price type pairs
 * @param priceTypes      price types declared
 * @param warehouses      warehouses declared
 * @param changes         how the next export differs from the first; all zero for the first
 */
public record GenerationSummary(Path importFile, Path offersFile, int groups, int products, int deletedProducts,
        int offers, int prices, int priceTypes, int warehouses, Changes changes) {

    /**
     * @param priceUps    offers whose retail price rose
     * @param priceDowns  offers whose retail price fell
     * @param arrivals    offers out of stock before, in stock now
     * @param soldOuts    offers in stock before, out of stock now
     * @param newOffers   offers of products that were not in the first export
     * @param goneOffers  offers of the first export whose product is now deleted or absent
     * @param absentProducts products of the first export missing from import.xml altogether
     */
    public record Changes(int priceUps, int priceDowns, int arrivals, int soldOuts, int newOffers, int goneOffers,
            int absentProducts) {
    }
}
