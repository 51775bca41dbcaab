package ru.krek.optovik.onec.internal.cml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parts products and offers share: unit, id lists, name/value lists. Each caps its list. */
final class ItemParts {

    private ItemParts() {
    }

    /** БазоваяЕдиница in any of its shapes, as people read it (see {@link Units}). */
    static String unit(FileScope scope) throws CommerceMlException {
        XmlCursor c = scope.cursor;
        String fullName = c.attr("НаименованиеПолное");
        String intlShort = c.attr("МеждународноеСокращение");
        String code = c.attr("Код");
        return Units.readable(c.text(), fullName, intlShort, code, scope.units);
    }

    /** A list of Ид children, e.g. Группы of a product. */
    static void ids(FileScope scope, List<String> into) throws CommerceMlException {
        XmlCursor c = scope.cursor;
        int d = c.depth();
        while (c.nextChild(d)) {
            if ("Ид".equals(c.name())) {
                String id = c.id();
                if (id != null) {
                    scope.bounded(into.size(), "Группы");
                    into.add(id);
                }
            } else {
                c.skip();
            }
        }
    }

    /** The Наименование child of an element such as Изготовитель. */
    static String nameOf(FileScope scope) throws CommerceMlException {
        XmlCursor c = scope.cursor;
        String name = null;
        int d = c.depth();
        while (c.nextChild(d)) {
            if ("Наименование".equals(c.name())) {
                name = c.text();
            } else {
                c.skip();
            }
        }
        return name;
    }

    /** ЗначенияРеквизитов/ЗначениеРеквизита: Наименование → first Значение. */
    static void requisites(FileScope scope, Map<String, String> into) throws CommerceMlException {
        namedValues(scope, into, "ЗначенияРеквизитов");
    }

    /** ХарактеристикиТовара/ХарактеристикаТовара: Наименование → Значение. */
    static void characteristics(FileScope scope, Map<String, String> into) throws CommerceMlException {
        namedValues(scope, into, "ХарактеристикиТовара");
    }

    private static void namedValues(FileScope scope, Map<String, String> into, String list) throws CommerceMlException {
        XmlCursor c = scope.cursor;
        int d = c.depth();
        while (c.nextChild(d)) {
            String name = null;
            String value = null;
            int item = c.depth();
            while (c.nextChild(item)) {
                switch (c.name()) {
                    case "Наименование" -> name = c.text();
                    case "Значение" -> {
                        String v = c.text();
                        value = value == null ? v : value;
                    }
                    default -> c.skip();
                }
            }
            if (name != null) {
                scope.bounded(into.size(), list);
                into.put(name, value == null ? "" : value);
            }
        }
    }

    /** ЗначенияСвойств/ЗначенияСвойства: property Ид → its Значение elements (one or many). */
    static void propertyValues(FileScope scope, Map<String, List<String>> into) throws CommerceMlException {
        XmlCursor c = scope.cursor;
        int d = c.depth();
        while (c.nextChild(d)) {
            String id = null;
            List<String> values = new ArrayList<>();
            int item = c.depth();
            while (c.nextChild(item)) {
                switch (c.name()) {
                    case "Ид" -> id = c.id();
                    case "Значение" -> {
                        String v = c.text();
                        if (v != null) {
                            scope.bounded(values.size(), "ЗначенияСвойства");
                            values.add(v);
                        }
                    }
                    default -> c.skip();
                }
            }
            if (id != null) {
                scope.bounded(into.size(), "ЗначенияСвойств");
                into.computeIfAbsent(id, k -> new ArrayList<>()).addAll(values);
            }
        }
    }
}
