package ru.krek.optovik.api.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product (Товар) of the catalog: what it is, not what it costs (that is an {@link Offer}).
 * Text fields are null when the file does not say, which in a changes-only file means "unchanged".
 *
 * @param id           Ид; may itself be product#characteristic in 2.03 exports
 * @param article      Артикул
 * @param name         Наименование
 * @param unit         base unit as people read it (БазоваяЕдиница: "шт", else its full name, else its code)
 * @param groupIds     Группы/Ид, the groups the product sits in
 * @param manufacturer Изготовитель/Наименование
 * @param barcode      Штрихкод
 * @param requisites   ЗначенияРеквизитов: name → value, in file order (e.g. ВидНоменклатуры → Товар)
 * @param properties   ЗначенияСвойств: property id → its values (a dictionary property's values are
 *                     {@link Property#values()} ids), in file order
 * @param deleted      marked deleted (Статус="Удален" or ПометкаУдаления)
 */
public record Product(String id, String article, String name, String unit, List<String> groupIds,
        String manufacturer, String barcode, Map<String, String> requisites,
        Map<String, List<String>> properties, boolean deleted) {

    public Product {
        Ids.require(id, "product id");
        groupIds = List.copyOf(groupIds);
        requisites = Collections.unmodifiableMap(new LinkedHashMap<>(requisites));
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        properties = Collections.unmodifiableMap(copy);
    }
}
