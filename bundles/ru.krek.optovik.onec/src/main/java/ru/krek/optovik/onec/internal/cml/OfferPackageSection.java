package ru.krek.optovik.onec.internal.cml;

/**
 * ПакетПредложений (or 2.03's ИзмененияПакетаПредложений): price types and warehouses declared here,
 * then the offers one by one.
 */
final class OfferPackageSection {

    private final FileScope scope;
    private final XmlCursor c;

    OfferPackageSection(FileScope scope) {
        this.scope = scope;
        this.c = scope.cursor;
    }

    void read() throws CommerceMlException {
        Declarations declarations = new Declarations(scope);
        OfferElement offers = new OfferElement(scope);
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "ТипыЦен" -> declarations.priceTypes();
                case "Склады" -> declarations.warehouses();
                case "Предложения" -> {
                    int list = c.depth();
                    while (c.nextChild(list)) {
                        if ("Предложение".equals(c.name())) {
                            scope.sink.onOffer(offers.read());
                        } else {
                            c.skip();
                        }
                    }
                }
                default -> c.skip();
            }
        }
    }
}
