package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.FileKind;

/**
 * Which statements of an item may skip the apply, and their fingerprints. Only a complete statement
 * qualifies: a product of a full catalog file (all its fields and groups), an offer of a full offers
 * file with its prices and stock, met for the first time in the exchange. Applying such a statement
 * twice changes nothing, so when the catalog still holds its fingerprint it is staged as its id alone.
 */
final class Statements {

    record PriceRow(String type, BigDecimal amount, String currency, String unit, BigDecimal coefficient) {
    }

    private final Seen seen = new Seen();
    private final Fingerprint fingerprint = new Fingerprint();

    /** Notes a product's statement; true when it is (certainly) the product's first in the exchange. */
    boolean firstProduct(String id) {
        return !seen.add("product", id);
    }

    /** Notes an offer's statement; true when it is (certainly) the offer's first in the exchange. */
    boolean firstOffer(String id) {
        return !seen.add("offer", id);
    }

    /** The product statement's fingerprint, or null when it cannot be kept; {@code first} from {@link #firstProduct}. */
    Long product(boolean first, ExchangeDocument document, String id, String catalogId, String article, String name, String unit,
            String manufacturer, String barcode, boolean deleted, List<String> groups) {
        if (!first || document.changesOnly() || document.kind() != FileKind.CATALOG || !Lookup.fits(id)) {
            return null;
        }
        fingerprint.text(catalogId).text(article).text(name).text(unit).text(manufacturer).text(barcode).flag(deleted)
                .length(groups.size());
        groups.forEach(fingerprint::text);
        return fingerprint.value();
    }

    /**
     * Whether an item's statement may be written new when the catalog does not hold the item: its first
     * in the exchange, of a full file of its kind (a catalog's product, an offers file's offer), not
     * deleted (as a staged first statement it would be inserted as it is).
     */
    boolean mayBeNew(boolean first, ExchangeDocument document, FileKind kind, String id, boolean deleted) {
        return first && !document.changesOnly() && document.kind() == kind && !deleted && Lookup.fits(id);
    }

    /** The offer statement's fingerprint, or null when it cannot be kept; {@code first} from {@link #firstOffer}. */
    Long offer(boolean first, ExchangeDocument document, String id, String productId, String name, String article, String unit,
            String characteristics, boolean deleted, List<PriceRow> prices, BigDecimal stock, Map<String, BigDecimal> byWarehouse) {
        if (!first || document.changesOnly() || document.kind() != FileKind.OFFERS || deleted || prices.isEmpty()
                || stock == null || !Lookup.fits(id)) {
            return null;
        }
        fingerprint.text(document.catalogId()).text(productId).text(name).text(article).text(unit).text(characteristics)
                .number(stock).length(byWarehouse.size());
        byWarehouse.forEach((warehouse, quantity) -> fingerprint.text(warehouse).number(quantity));
        fingerprint.length(prices.size());
        for (PriceRow p : prices) {
            fingerprint.text(p.type()).number(p.amount()).text(p.currency()).text(p.unit()).number(p.coefficient());
        }
        return fingerprint.value();
    }
}
