package ru.krek.optovik.api.catalog;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives one exchange file item by item, in file order, so a catalog of a million offers never has
 * to sit in memory. A reader calls {@link #onDocumentStart} first and {@link #onDocumentEnd} last,
 * only when the whole file was read; if the file turns out bad half-way, the reader throws instead of
 * calling {@code onDocumentEnd}, and the sink must discard what it received (one transaction).
 * Groups arrive parent first; declarations (classifier, properties, price types, warehouses) arrive
 * before the products and offers of the same file that use them. An exception thrown by the sink stops
 * the reading and reaches the reader's caller unchanged.
 * Every method does nothing by default, so a sink takes only what it needs.
 */
@ConsumerType
public interface CatalogSink {

    default void onDocumentStart(ExchangeDocument document) {
    }

    default void onClassifier(Classifier classifier) {
    }

    default void onGroup(Group group) {
    }

    default void onProperty(Property property) {
    }

    default void onPriceType(PriceType priceType) {
    }

    default void onWarehouse(Warehouse warehouse) {
    }

    default void onProduct(Product product) {
    }

    default void onOffer(Offer offer) {
    }

    /** The file was read to its end without error. */
    default void onDocumentEnd() {
    }
}
