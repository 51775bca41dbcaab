package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.krek.optovik.api.catalog.CatalogSink;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.api.catalog.FileKind;
import ru.krek.optovik.api.catalog.Group;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.api.catalog.Price;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Product;
import ru.krek.optovik.api.catalog.Stock;
import ru.krek.optovik.api.catalog.Warehouse;

/** Hand-made exchange files, delivered to a sink as a reader would. */
final class Feed {

    static final String CATALOG = "cat-1";

    static Group group(String id, String parent, String name) {
        return new Group(id, parent, name, false);
    }

    static Product product(String id, String name, String... groups) {
        return new Product(id, "A-" + id, name, "шт", List.of(groups), "Yageo", null, Map.of(), Map.of(), false);
    }

    static Product deleted(String id, String name) {
        return new Product(id, "A-" + id, name, "шт", List.of(), null, null, Map.of(), Map.of(), true);
    }

    static Price price(String type, String amount) {
        return new Price(type, new BigDecimal(amount), "RUB", "шт", BigDecimal.ONE);
    }

    /** An offer with stock in warehouses given as id, quantity pairs; none = stock unknown. */
    static Offer offer(String id, String name, List<Price> prices, Object... warehouseQuantities) {
        Stock stock = Stock.UNKNOWN;
        if (warehouseQuantities.length > 0) {
            Map<String, BigDecimal> by = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < warehouseQuantities.length; i += 2) {
                BigDecimal q = new BigDecimal(warehouseQuantities[i + 1].toString());
                by.put((String) warehouseQuantities[i], q);
                total = total.add(q);
            }
            stock = new Stock(total, by);
        }
        int hash = id.indexOf('#');
        return new Offer(id, hash < 0 ? id : id.substring(0, hash), hash < 0 ? null : id.substring(hash + 1), name,
                "A-" + id, "шт", Map.of(), prices, stock, false);
    }

    /** One file: a header and its items (groups, price types, warehouses, products, offers in any order given). */
    static void file(CatalogSink sink, String name, FileKind kind, boolean changesOnly, Object... items) {
        sink.onDocumentStart(new ExchangeDocument(name, kind, "2.10", CATALOG, "cls-1", changesOnly));
        for (Object item : items) {
            if (item instanceof Group g) {
                sink.onGroup(g);
            } else if (item instanceof PriceType t) {
                sink.onPriceType(t);
            } else if (item instanceof Warehouse w) {
                sink.onWarehouse(w);
            } else if (item instanceof Product p) {
                sink.onProduct(p);
            } else if (item instanceof Offer o) {
                sink.onOffer(o);
            } else {
                throw new IllegalArgumentException("not an item: " + item);
            }
        }
        sink.onDocumentEnd();
    }

    static List<Object> declarations() {
        List<Object> d = new ArrayList<>();
        d.add(new PriceType("retail", "Розничная", "RUB", true));
        d.add(new PriceType("wholesale", "Оптовая", "RUB", true));
        d.add(new Warehouse("w1", "Основной склад"));
        d.add(new Warehouse("w2", "Магазин"));
        return d;
    }

    private Feed() {
    }
}
