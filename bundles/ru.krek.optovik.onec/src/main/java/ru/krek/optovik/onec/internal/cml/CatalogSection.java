package ru.krek.optovik.onec.internal.cml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.krek.optovik.api.catalog.Product;

/** Каталог/Товары/Товар: each product delivered as soon as its element ends, then forgotten. */
final class CatalogSection {

    private final FileScope scope;
    private final XmlCursor c;

    CatalogSection(FileScope scope) {
        this.scope = scope;
        this.c = scope.cursor;
    }

    void read() throws CommerceMlException {
        int d = c.depth();
        while (c.nextChild(d)) {
            if ("Товары".equals(c.name())) {
                products();
            } else {
                c.skip();
            }
        }
    }

    private void products() throws CommerceMlException {
        int list = c.depth();
        while (c.nextChild(list)) {
            if ("Товар".equals(c.name())) {
                scope.sink.onProduct(product());
            } else {
                c.skip();
            }
        }
    }

    private Product product() throws CommerceMlException {
        int line = c.line();
        boolean deleted = Statuses.deleted(c.attr("Статус"));
        String id = null;
        String article = null;
        String name = null;
        String unit = null;
        String manufacturer = null;
        String barcode = null;
        List<String> groupIds = new ArrayList<>();
        Map<String, String> requisites = new LinkedHashMap<>();
        Map<String, List<String>> properties = new LinkedHashMap<>();
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "Ид" -> id = c.id();
                case "Артикул" -> article = c.text();
                case "Наименование" -> name = c.text();
                case "БазоваяЕдиница" -> unit = ItemParts.unit(scope);
                case "Группы" -> ItemParts.ids(scope, groupIds);
                case "Изготовитель" -> manufacturer = ItemParts.nameOf(scope);
                case "Штрихкод", "ШтрихКод" -> barcode = c.text(XmlCursor.ID_LIMIT);
                case "ЗначенияРеквизитов" -> ItemParts.requisites(scope, requisites);
                case "ЗначенияСвойств" -> ItemParts.propertyValues(scope, properties);
                case "Статус" -> deleted |= Statuses.deleted(c.text());
                case "ПометкаУдаления" -> deleted |= c.flag();
                default -> c.skip();
            }
        }
        if (id == null) {
            throw c.errorAt(line, Problem.MISSING_ID, "товар «" + name + "»");
        }
        scope.unique(scope.products, id, "Товар", line);
        return new Product(id, article, name, unit, groupIds, manufacturer, barcode, requisites, properties, deleted);
    }
}
