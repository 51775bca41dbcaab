package ru.krek.optovik.api.catalog;

/**
 * What an import delivered and what it changed.
 *
 * @param files    exchange files read
 * @param groups   groups delivered
 * @param products products delivered (including those made from offers with no catalog entry)
 * @param offers   offers delivered
 * @param prices   prices delivered
 * @param changes  change records written (see {@link CatalogChange})
 * @param warnings warnings raised, also those beyond the ones kept
 */
public record ImportCounts(long files, long groups, long products, long offers, long prices, long changes,
        long warnings) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);
}
