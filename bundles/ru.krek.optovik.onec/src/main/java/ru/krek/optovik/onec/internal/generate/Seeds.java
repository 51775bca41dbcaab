package ru.krek.optovik.onec.internal.generate;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything random in a generated catalog is drawn from (seed, what, index), never from a shared
 * sequence: the item at index i is the same in import.xml, in offers.xml and in the next export, and
 * nothing has to be remembered between them.
 */
final class Seeds {

    static final long SHAPE = 1;
    static final long PART = 2;
    static final long NEXT = 3;
    /** Plus the offer number (below 100). */
    static final long OFFER = 200;
    static final long NEXT_OFFER = 300;
    static final long PRODUCT_ID = 10;
    static final long VARIANT_ID = 11;
    static final long GROUP_ID = 12;
    static final long PRICE_TYPE_ID = 13;
    static final long WAREHOUSE_ID = 14;
    static final long PROPERTY_ID = 15;
    static final long VALUE_ID = 16;
    static final long CATALOG_ID = 17;
    static final long MAKER_ID = 18;

    private Seeds() {
    }

    static SplittableRandom random(long seed, long what, long index) {
        return new SplittableRandom(mix(seed, what, index));
    }

    /** A version-4-shaped UUID, like the ones 1C writes, fixed by (seed, what, index). */
    static String uuid(long seed, long what, long index) {
        long hi = mix(seed, what, index);
        long lo = mix(hi, what + 0x5bd1e995L, index);
        hi = (hi & ~0xF000L) | 0x4000L;
        lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private static long mix(long seed, long what, long index) {
        long h = seed * 0x9E3779B97F4A7C15L + what * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb53fa2d6b6b3L;
        return h ^ (h >>> 33);
    }
}
