package ru.krek.optovik.onec.internal.cml;

import ru.krek.optovik.api.catalog.Classifier;

/** Классификатор: its identity first, then groups, properties, price types, warehouses and units. */
final class ClassifierSection {

    private final FileScope scope;
    private final XmlCursor c;

    ClassifierSection(FileScope scope) {
        this.scope = scope;
        this.c = scope.cursor;
    }

    void read() throws CommerceMlException {
        String id = null;
        String name = null;
        boolean delivered = false;
        Declarations declarations = new Declarations(scope);
        int d = c.depth();
        while (c.nextChild(d)) {
            String element = c.name();
            if ("Ид".equals(element)) {
                id = c.id();
                continue;
            }
            if ("Наименование".equals(element)) {
                name = c.text();
                continue;
            }
            if (!delivered) {
                delivered = deliver(id, name);
            }
            switch (element) {
                case "Группы" -> new GroupTree(scope).read();
                case "Свойства" -> declarations.properties();
                case "ТипыЦен" -> declarations.priceTypes();
                case "Склады" -> declarations.warehouses();
                case "ЕдиницыИзмерения" -> declarations.units();
                default -> c.skip();
            }
        }
        if (!delivered) {
            deliver(id, name);
        }
    }

    private boolean deliver(String id, String name) throws CommerceMlException {
        if (id == null) {
            throw c.error(Problem.MISSING_ID, "классификатор");
        }
        scope.sink.onClassifier(new Classifier(id, name));
        return true;
    }
}
