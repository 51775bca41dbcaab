package ru.krek.optovik.onec.internal.generate;

/**
 * What {@code catalog:generate} asks for.
 *
 * @param offers sellable items in the first export (products with characteristics count once per
 *               characteristic); the next export has a few more and a few fewer
 * @param seed   the same seed gives byte-identical files
 * @param next   write the export that follows the first one of the same seed, with its changes
 */
public record GeneratorOptions(int offers, long seed, boolean next) {

    /** Ten million offers is ~20 GB of XML: more is a typing mistake. */
    public static final int MAX_OFFERS = 10_000_000;

    public GeneratorOptions {
        if (offers < 1 || offers > MAX_OFFERS) {
            throw new IllegalArgumentException("offers must be between 1 and " + MAX_OFFERS + ": " + offers);
        }
    }
}
