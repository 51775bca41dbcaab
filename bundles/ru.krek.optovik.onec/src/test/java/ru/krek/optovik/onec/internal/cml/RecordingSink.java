package ru.krek.optovik.onec.internal.cml;

import java.util.ArrayList;
import java.util.List;
import ru.krek.optovik.api.catalog.CatalogSink;
import ru.krek.optovik.api.catalog.Classifier;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.api.catalog.Property;
import ru.krek.optovik.api.catalog.Warehouse;

/** Keeps everything delivered, in order: fine for the small files tests read. */
public final class RecordingSink implements CatalogSink {

    public ExchangeDocument document;
    public boolean ended;
    public final List<Classifier> classifiers = new ArrayList<>();
    public final List<Group> groups = new ArrayList<>();
    public final List<Property> properties = new ArrayList<>();
    public final List<PriceType> priceTypes = new ArrayList<>();
    public final List<Warehouse> warehouses = new ArrayList<>();
    public final List<Product> products = new ArrayList<>();
    public final List<Offer> offers = new ArrayList<>();

    @Override
    public void onDocumentStart(ExchangeDocument d) {
        if (document != null) {
            throw new AssertionError("onDocumentStart twice");
        }
        document = d;
    }

    @Override
    public void onClassifier(Classifier c) {
        started();
        classifiers.add(c);
    }

    @Override
    public void onGroup(Group g) {
        started();
        groups.add(g);
    }

    @Override
    public void onProperty(Property p) {
        started();
        properties.add(p);
    }

    @Override
    public void onPriceType(PriceType p) {
        started();
        priceTypes.add(p);
    }

    @Override
    public void onWarehouse(Warehouse w) {
        started();
        warehouses.add(w);
    }

    @Override
    public void onProduct(Product p) {
        started();
        products.add(p);
    }

    @Override
    public void onOffer(Offer o) {
        started();
        offers.add(o);
    }

    @Override
    public void onDocumentEnd() {
        started();
        ended = true;
    }

    private void started() {
        if (document == null || ended) {
            throw new AssertionError("item outside onDocumentStart/onDocumentEnd");
        }
    }

    public long prices() {
        return offers.stream().mapToLong(o -> o.prices().size()).sum();
    }
}
