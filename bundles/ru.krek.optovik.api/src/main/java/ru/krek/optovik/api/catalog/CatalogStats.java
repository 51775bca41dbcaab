package ru.krek.optovik.api.catalog;

/**
 * What the catalog holds now (the `catalog:stats` contract).
 *
 * @param groups     groups in the tree, not gone
 * @param products   products present (not gone, not deleted)
 * @param offers     sellable items present (a product, or a product#characteristic)
 * @param priceTypes price types declared
 * @param warehouses warehouses declared
 * @param prices     offer × price type pairs present
 * @param lastImport the last run; null when nothing was ever imported
 */
public record CatalogStats(long groups, long products, long offers, long priceTypes, long warehouses, long prices,
        ImportRun lastImport) {
}
