package ru.krek.optovik.catalog.internal;

import java.util.function.LongSupplier;

/**
 * Numbers for the offers an import writes new, taken from the catalog's sequence a block at a time: one
 * round trip per block, and ascending, so their prices and stock rows append to their tables' keys. A
 * block left half used (the import ended, or failed) is a gap in the numbers, which nothing minds.
 */
final class OfferNumbers implements LongSupplier {

    static final int BLOCK = 1_024;

    private final Lookup lookup;
    private long next;
    private long last = -1;

    OfferNumbers(Lookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public long getAsLong() {
        if (next > last) {
            last = lookup.reserve("catalog_offer_no", BLOCK);
            next = last - BLOCK + 1;
        }
        return next++;
    }
}
