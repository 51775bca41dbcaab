package ru.krek.optovik.onec.internal.generate;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import ru.krek.optovik.onec.internal.generate.Family.Part;

/** import.xml: the classifier (groups, properties, price types, warehouses, units) and the products. */
final class ImportFileWriter {

    /** What was written, for the summary. */
    record Counts(int groups, int products, int deleted, int absent) {
    }

    private final CatalogFrame frame;
    private final ExportPlan plan;

    ImportFileWriter(CatalogFrame frame, ExportPlan plan) {
        this.frame = frame;
        this.plan = plan;
    }

    Counts write(OutputStream out) throws Exception {
        int[] products = new int[3]; // written, deleted, absent
        try (CmlWriter w = new CmlWriter(out)) {
            w.root(CatalogFrame.SCHEMA_VERSION, CatalogFrame.date(plan.next));
            classifier(w);
            w.start("Каталог");
            w.attr("СодержитТолькоИзменения", "false");
            w.leaf("Ид", frame.catalogId());
            w.leaf("ИдКлассификатора", frame.catalogId());
            w.leaf("Наименование", CatalogFrame.CATALOG_NAME);
            CatalogFrame.owner(w, plan.seed);
            w.start("Товары");
            plan.forEach((p, fate, added) -> {
                if (fate == ProductPlan.Fate.ABSENT) {
                    products[2]++;
                    return;
                }
                boolean deleted = fate == ProductPlan.Fate.DELETED;
                product(w, p, deleted);
                products[0]++;
                products[1] += deleted ? 1 : 0;
            });
            w.end();
            w.end();
        }
        return new Counts(RadioCatalog.GROUP_PATHS.size(), products[0], products[1], products[2]);
    }

    private void classifier(CmlWriter w) throws XMLStreamException {
        w.start("Классификатор");
        w.leaf("Ид", frame.catalogId());
        w.leaf("Наименование", "Классификатор (" + CatalogFrame.CATALOG_NAME + ")");
        CatalogFrame.owner(w, plan.seed);
        w.start("Группы");
        groups(w, "");
        w.end();
        w.start("Свойства");
        w.start("Свойство");
        w.leaf("Ид", frame.casingPropertyId());
        w.leaf("Наименование", CatalogFrame.CASING);
        w.leaf("ТипЗначений", "Строка");
        w.end();
        w.start("Свойство");
        w.leaf("Ид", frame.mountPropertyId());
        w.leaf("Наименование", CatalogFrame.MOUNT);
        w.leaf("ТипЗначений", "Справочник");
        w.start("ВариантыЗначений");
        for (String mount : CatalogFrame.MOUNTS) {
            w.start("Справочник");
            w.leaf("ИдЗначения", frame.mountValueId(mount));
            w.leaf("Значение", mount);
            w.end();
        }
        w.end();
        w.end();
        w.end();
        frame.priceTypes(w);
        frame.warehouses(w);
        w.start("ЕдиницыИзмерения");
        w.start("ЕдиницаИзмерения");
        w.leaf("Ид", "796");
        w.leaf("НаименованиеКраткое", "шт");
        w.leaf("Код", "796");
        w.leaf("НаименованиеПолное", "Штука");
        w.leaf("МеждународноеСокращение", "PCE");
        w.end();
        w.end();
        w.end();
    }

    /** The groups directly under {@code parent} ("" for the top), each with its subtree. */
    private void groups(CmlWriter w, String parent) throws XMLStreamException {
        for (String path : RadioCatalog.GROUP_PATHS) {
            int slash = path.lastIndexOf('/');
            if (!(slash < 0 ? "" : path.substring(0, slash)).equals(parent)) {
                continue;
            }
            w.start("Группа");
            w.leaf("Ид", frame.groupId(path));
            w.leaf("Наименование", path.substring(slash + 1));
            if (hasChildren(path)) {
                w.start("Группы");
                groups(w, path);
                w.end();
            }
            w.end();
        }
    }

    private static boolean hasChildren(String path) {
        List<String> all = RadioCatalog.GROUP_PATHS;
        return all.stream().anyMatch(p -> p.startsWith(path + "/"));
    }

    private void product(CmlWriter w, ProductPlan p, boolean deleted) throws XMLStreamException {
        Part part = p.part;
        w.start("Товар");
        if (deleted) {
            w.attr("Статус", "Удален");
        }
        w.leaf("Ид", p.id);
        w.leaf("Штрихкод", p.barcode);
        w.leaf("Артикул", part.article());
        w.leaf("Наименование", part.name());
        Units.base(w);
        w.start("Группы");
        w.leaf("Ид", frame.groupId(p.family.path()));
        w.end();
        w.start("Изготовитель");
        w.leaf("Ид", frame.makerId(part.manufacturer()));
        w.leaf("Наименование", part.manufacturer());
        w.end();
        w.start("ЗначенияСвойств");
        w.start("ЗначенияСвойства");
        w.leaf("Ид", frame.casingPropertyId());
        w.leaf("Значение", part.casing());
        w.end();
        w.start("ЗначенияСвойства");
        w.leaf("Ид", frame.mountPropertyId());
        w.leaf("Значение", frame.mountValueId(p.family.mount()));
        w.end();
        w.end();
        w.start("СтавкиНалогов");
        w.start("СтавкаНалога");
        w.leaf("Наименование", "НДС");
        w.leaf("Ставка", "20");
        w.end();
        w.end();
        w.start("ЗначенияРеквизитов");
        requisite(w, "ВидНоменклатуры", "Товар");
        requisite(w, "ТипНоменклатуры", "Товар");
        requisite(w, "Полное наименование", part.name() + ", " + part.manufacturer());
        requisite(w, "Код", p.code);
        w.end();
        w.end();
    }

    private static void requisite(CmlWriter w, String name, String value) throws XMLStreamException {
        w.start("ЗначениеРеквизита");
        w.leaf("Наименование", name);
        w.leaf("Значение", value);
        w.end();
    }

    /** The one unit of a components distributor. */
    static final class Units {
        private Units() {
        }

        static void base(CmlWriter w) throws XMLStreamException {
            w.leafWithAttrs("БазоваяЕдиница", "шт", "Код", "796", "НаименованиеПолное", "Штука",
                    "МеждународноеСокращение", "PCE");
        }
    }
}
