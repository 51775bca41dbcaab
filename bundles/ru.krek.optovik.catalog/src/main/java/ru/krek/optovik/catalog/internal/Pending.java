package ru.krek.optovik.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Items of one table on their way to staging, in arrival order, held until a batch of their stored
 * fingerprints is read: an item whose statement matches its fingerprint is staged as a kept row (its
 * id), any other in full.
 */
final class Pending {

    private record Item(String id, Long fingerprint, Runnable full, Runnable kept) {
    }

    private final String table;
    private final Lookup lookup;
    private final List<Item> items = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    Pending(String table, Lookup lookup) {
        this.table = table;
        this.lookup = lookup;
    }

    /** @param fingerprint null when the statement cannot be kept (then {@code kept} is never run) */
    void add(String id, Long fingerprint, Runnable full, Runnable kept) {
        items.add(new Item(id, fingerprint, full, kept));
        if (fingerprint != null) {
            asked.add(id);
        }
        if (asked.size() == Lookup.IDS || items.size() == 4 * Lookup.IDS) {
            flush();
        }
    }

    void flush() {
        Map<String, Long> known = lookup.fingerprints(table, asked);
        for (Item item : items) {
            if (item.fingerprint() != null && item.fingerprint().equals(known.get(item.id()))) {
                item.kept().run();
            } else {
                item.full().run();
            }
        }
        items.clear();
        asked.clear();
    }
}
