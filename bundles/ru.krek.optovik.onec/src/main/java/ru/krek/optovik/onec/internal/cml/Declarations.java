package ru.krek.optovik.onec.internal.cml;

import java.util.LinkedHashMap;
import java.util.Map;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Property;
import ru.krek.optovik.api.catalog.Warehouse;

/**
 * The small lists items refer to by id: price types, warehouses, units and properties. 1C declares
 * price types and warehouses in the classifier (UT 11) or in the offer package (older exports), so
 * both sections read them here. A repeated id inside one list is an error; the same id declared again
 * in another section of the file is delivered again (a store upserts it).
 */
final class Declarations {

    private final FileScope scope;
    private final XmlCursor c;

    Declarations(FileScope scope) {
        this.scope = scope;
        this.c = scope.cursor;
    }

    /** ТипыЦен/ТипЦены. */
    void priceTypes() throws CommerceMlException {
        SeenIds seen = new SeenIds();
        int list = c.depth();
        while (c.nextChild(list)) {
            if (!"ТипЦены".equals(c.name())) {
                c.skip();
                continue;
            }
            String id = null;
            String name = null;
            String currency = null;
            boolean vatIncluded = false;
            int d = c.depth();
            while (c.nextChild(d)) {
                switch (c.name()) {
                    case "Ид" -> id = c.id();
                    case "Наименование" -> name = c.text();
                    case "Валюта" -> currency = Currencies.normalize(c.text());
                    case "Налог" -> vatIncluded |= taxIncluded();
                    default -> c.skip();
                }
            }
            requireId(id, "тип цен «" + name + "»");
            scope.unique(seen, id, "Тип цен");
            scope.bounded(scope.priceTypeCurrencies.size(), "ТипыЦен");
            if (currency != null) {
                scope.priceTypeCurrencies.put(id, currency);
            }
            scope.sink.onPriceType(new PriceType(id, name, currency, vatIncluded));
        }
    }

    private boolean taxIncluded() throws CommerceMlException {
        boolean included = false;
        int d = c.depth();
        while (c.nextChild(d)) {
            if ("УчтеноВСумме".equals(c.name())) {
                included = c.flag();
            } else {
                c.skip();
            }
        }
        return included;
    }

    /** Склады/Склад. */
    void warehouses() throws CommerceMlException {
        SeenIds seen = new SeenIds();
        int list = c.depth();
        while (c.nextChild(list)) {
            if (!"Склад".equals(c.name())) {
                c.skip();
                continue;
            }
            String id = null;
            String name = null;
            int d = c.depth();
            while (c.nextChild(d)) {
                switch (c.name()) {
                    case "Ид" -> id = c.id();
                    case "Наименование" -> name = c.text();
                    default -> c.skip();
                }
            }
            requireId(id, "склад «" + name + "»");
            scope.unique(seen, id, "Склад");
            scope.sink.onWarehouse(new Warehouse(id, name));
        }
    }

    /** ЕдиницыИзмерения/ЕдиницаИзмерения: kept to name a product's unit given as a bare code or id. */
    void units() throws CommerceMlException {
        int list = c.depth();
        while (c.nextChild(list)) {
            if (!"ЕдиницаИзмерения".equals(c.name())) {
                c.skip();
                continue;
            }
            String id = null;
            String code = null;
            String shortName = null;
            int d = c.depth();
            while (c.nextChild(d)) {
                switch (c.name()) {
                    case "Ид" -> id = c.id();
                    case "Код" -> code = c.id();
                    case "НаименованиеКраткое" -> shortName = c.text();
                    default -> c.skip();
                }
            }
            scope.bounded(scope.units.size(), "ЕдиницыИзмерения");
            if (shortName != null) {
                if (id != null) {
                    scope.units.put(id, shortName);
                }
                if (code != null) {
                    scope.units.put(code, shortName);
                }
            }
        }
    }

    /** Свойства/Свойство (СвойствоНоменклатуры in 2.03), with a dictionary property's values. */
    void properties() throws CommerceMlException {
        int list = c.depth();
        while (c.nextChild(list)) {
            if (!"Свойство".equals(c.name()) && !"СвойствоНоменклатуры".equals(c.name())) {
                c.skip();
                continue;
            }
            String id = null;
            String name = null;
            Map<String, String> values = new LinkedHashMap<>();
            int d = c.depth();
            while (c.nextChild(d)) {
                switch (c.name()) {
                    case "Ид" -> id = c.id();
                    case "Наименование" -> name = c.text();
                    case "ВариантыЗначений" -> dictionary(values);
                    default -> c.skip();
                }
            }
            requireId(id, "свойство «" + name + "»");
            scope.unique(scope.properties, id, "Свойство");
            scope.sink.onProperty(new Property(id, name, values));
        }
    }

    private void dictionary(Map<String, String> values) throws CommerceMlException {
        int list = c.depth();
        while (c.nextChild(list)) {
            String valueId = null;
            String value = null;
            int d = c.depth();
            while (c.nextChild(d)) {
                switch (c.name()) {
                    case "ИдЗначения" -> valueId = c.id();
                    case "Значение" -> value = c.text();
                    default -> c.skip();
                }
            }
            if (valueId != null) {
                scope.bounded(values.size(), "ВариантыЗначений");
                values.put(valueId, value == null ? "" : value);
            }
        }
    }

    private void requireId(String id, String what) throws CommerceMlException {
        if (id == null) {
            throw c.error(Problem.MISSING_ID, what);
        }
    }
}
