package ru.krek.optovik.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Items of one table on their way to staging, in arrival order, held until a batch of their stored
 * fingerprints is read: an item whose statement matches its fingerprint is staged as a kept row (its
 * id), one the catalog does not hold goes its own way, any other is staged in full.
 */
final class Pending {

    private record Item(String id, Long fingerprint, Runnable full, Runnable kept, Runnable absent) {
    }

    private final String table;
    private final Lookup lookup;
    private final List<Item> items = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    Pending(String table, Lookup lookup) {
        this.table = table;
        this.lookup = lookup;
    }

    /**
     * @param fingerprint null when the statement cannot be kept (then {@code kept} is never run)
     * @param absent null, or run instead of {@code full} when the catalog does not hold the item
     */
    void add(String id, Long fingerprint, Runnable full, Runnable kept, Runnable absent) {
        items.add(new Item(id, fingerprint, full, kept, absent));
        if (fingerprint != null || absent != null) {
            asked.add(id);
        }
        if (asked.size() == Lookup.IDS || items.size() == 4 * Lookup.IDS) {
            flush();
        }
    }

    void flush() {
        Map<String, Long> known = lookup.fingerprints(table, asked);
        for (Item item : items) {
            if (item.absent() != null && !known.containsKey(item.id())) {
                item.absent().run();
            } else if (item.fingerprint() != null && item.fingerprint().equals(known.get(item.id()))) {
                item.kept().run();
            } else {
                item.full().run();
            }
        }
        items.clear();
        asked.clear();
    }
}
