package ru.krek.optovik.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a full file of the exchange speaks for everything: the catalogs (ИдКаталога) it names, or
 * the whole catalog when it names none. Offers outside it are not touched by its absences.
 */
final class Scope {

    private boolean everything;
    private final Set<String> catalogs = new LinkedHashSet<>();

    void add(String catalogId) {
        if (catalogId == null) {
            everything = true;
        } else {
            catalogs.add(catalogId);
        }
    }

    /**
     * Widens the scope to everything when every product of the catalog is in it (one catalog: the usual
     * case), which spares each offer a look at its product.
     */
    void simplify(Sql sql) throws java.sql.SQLException {
        if (!everything && !catalogs.isEmpty()) {
            String in = String.join(", ", java.util.Collections.nCopies(catalogs.size(), "?"));
            everything = sql.count("select count(*) from rdb$database where exists (select 1 from catalog_product "
                    + "where catalog_id is null or catalog_id not in (" + in + "))", catalogs.toArray()) == 0;
        }
    }

    boolean coversEverything() {
        return everything;
    }

    boolean isEmpty() {
        return !everything && catalogs.isEmpty();
    }

    /** A condition on a product id (an SQL expression); bind {@link #parameters()} in its place. */
    String condition(String productId) {
        if (everything) {
            return "1 = 1";
        }
        return "exists (select 1 from catalog_product sp where sp.id = " + productId + " and sp.catalog_id in ("
                + String.join(", ", java.util.Collections.nCopies(catalogs.size(), "?")) + "))";
    }

    List<String> parameters() {
        return everything ? List.of() : new ArrayList<>(catalogs);
    }
}
