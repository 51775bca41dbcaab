package ru.krek.optovik.catalog.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the full (not changes-only) files of one exchange speak for. Several files of one kind count
 * together: 1C splits a big export into offers0_1.xml, offers0_2.xml…, and an item is absent only
 * when no file of the exchange names it.
 */
final class FullFiles {

    /** Catalogs whose products no catalog file of the exchange delivered are gone. */
    final Set<String> catalogs = new LinkedHashSet<>();
    /** A full classifier delivered groups: groups it did not deliver are gone. */
    boolean classifier;
    /** Offers a full offers file did not name are gone. */
    final Scope offers = new Scope();
    /** Prices no full offers or prices file carried are removed. */
    final Scope prices = new Scope();
    /** Stock no full offers or rests file stated becomes unknown. */
    final Scope stock = new Scope();
}
