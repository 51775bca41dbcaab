package ru.krek.optovik.api.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A product property declared in the classifier (Свойство). Products carry property values by the
 * property's id; a dictionary property's values are ids again, resolved through {@code values}.
 *
 * @param id     Ид
 * @param name   Наименование; null when the file does not say
 * @param values dictionary value id → text (ВариантыЗначений/Справочник), in file order; empty when the
 *               property takes free values
 */
public record Property(String id, String name, Map<String, String> values) {

    public Property {
        Ids.require(id, "property id");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
