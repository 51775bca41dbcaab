package ru.krek.optovik.catalog.internal;

import java.nio.charset.StandardCharsets;

/**
 * Ids already met in this exchange, in a fixed 2 MB Bloom filter (flat whatever the exchange's size).
 * It never forgets an id; it may claim one it never met (rarely), which only costs that item the
 * fingerprint shortcut.
 */
final class Seen {

    private static final int BITS = 1 << 24;
    private final long[] words = new long[BITS / 64];

    /** Notes the id; true when it (probably) was met before. */
    boolean add(String kind, String id) {
        long h = hash(kind, id);
        int a = (int) (h & (BITS - 1));
        int b = (int) ((h >>> 32) & (BITS - 1));
        boolean before = isSet(a) && isSet(b);
        words[a >>> 6] |= 1L << a;
        words[b >>> 6] |= 1L << b;
        return before;
    }

    private boolean isSet(int bit) {
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }

    /** FNV-1a over the kind and the id's UTF-8, then a 64-bit finalizer (murmur3 fmix64). */
    static long hash(String kind, String id) {
        long h = 0xcbf29ce484222325L;
        for (byte c : (kind + '\u0000' + id).getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
