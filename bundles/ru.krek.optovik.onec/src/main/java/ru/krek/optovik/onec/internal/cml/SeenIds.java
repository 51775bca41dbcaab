package ru.krek.optovik.onec.internal.cml;

/**
 * The ids already met in one file, to refuse a repeated one, in 16 bytes per slot instead of a String
 * set's ~120 per id: a million offers cost ~32 MB (48 MB for a moment while the table doubles). Each id
 * is kept as two independent 64-bit hashes; two different ids would have to collide in both at once
 * (odds about n²/2¹²⁹, nil for any real file).
 */
final class SeenIds {

    private long[] first = new long[1024];
    private long[] second = new long[1024];
    private int size;

    /** Adds the id; false when it was already there. */
    boolean add(String id) {
        long a = fnv(id);
        long b = polynomial(id);
        if (a == 0 && b == 0) {
            a = 1; // (0, 0) marks a free slot
        }
        if (size + 1 > first.length * 3 / 4) {
            grow();
        }
        return insert(first, second, a, b);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] xs, long[] ys, long a, long b) {
        int mask = xs.length - 1;
        for (int i = (int) a & mask;; i = (i + 1) & mask) {
            if (xs[i] == 0 && ys[i] == 0) {
                xs[i] = a;
                ys[i] = b;
                size++;
                return true;
            }
            if (xs[i] == a && ys[i] == b) {
                return false;
            }
        }
    }

    private void grow() {
        long[] xs = first;
        long[] ys = second;
        first = new long[xs.length * 2];
        second = new long[ys.length * 2];
        size = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] != 0 || ys[i] != 0) {
                insert(first, second, xs[i], ys[i]);
            }
        }
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h ^ s.length());
    }

    private static long polynomial(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = h * 0xC2B2AE3D27D4EB4FL + s.charAt(i) + 1;
        }
        return mix(h + s.length());
    }

    /** MurmurHash3's finaliser: spreads every input bit over the whole word. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb53fa2d6b6b3L;
        h ^= h >>> 33;
        return h;
    }
}
