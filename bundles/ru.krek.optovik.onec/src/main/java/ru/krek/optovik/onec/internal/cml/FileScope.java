package ru.krek.optovik.onec.internal.cml;

import java.util.HashMap;
import java.util.Map;
import ru.krek.optovik.api.catalog.CatalogSink;

/**
 * What the sections of one file share while it is read: the cursor, the sink, the ids met so far
 * (a repeated id is an error) and the few declarations later elements refer to. Products and offers
 * themselves are never kept.
 */
final class FileScope {

    /** Caps any list inside one item (groups of a product, prices of an offer…) and small dictionaries. */
    static final int MAX_VALUES = 10_000;

    final XmlCursor cursor;
    final CatalogSink sink;
    final SeenIds groups = new SeenIds();
    final SeenIds properties = new SeenIds();
    final SeenIds products = new SeenIds();
    final SeenIds offers = new SeenIds();
    /** Unit code or id → short name, from the classifier's ЕдиницыИзмерения. */
    final Map<String, String> units = new HashMap<>();
    /** Price type id → currency, so a price without Валюта still gets one. */
    final Map<String, String> priceTypeCurrencies = new HashMap<>();

    FileScope(XmlCursor cursor, CatalogSink sink) {
        this.cursor = cursor;
        this.sink = sink;
    }

    /** Refuses a second item with the same id; {@code what} names the kind in Russian ("Товар"). */
    void unique(SeenIds seen, String id, String what) throws CommerceMlException {
        unique(seen, id, what, cursor.line());
    }

    /** The same, reported on the line where the item began. */
    void unique(SeenIds seen, String id, String what, int line) throws CommerceMlException {
        if (!seen.add(id)) {
            throw cursor.errorAt(line, Problem.DUPLICATE_ID, what, id);
        }
    }

    /** Refuses one list more than {@link #MAX_VALUES} long. */
    void bounded(int size, String element) throws CommerceMlException {
        if (size >= MAX_VALUES) {
            throw cursor.error(Problem.TOO_MANY_VALUES, element, MAX_VALUES);
        }
    }
}
