package ru.krek.optovik.onec.internal.generate;

import java.util.List;

/**
 * The fixed frame of the synthetic catalog that both files name by id: classifier, groups, price
 * types, warehouses, properties and the owner.
 */
final class CatalogFrame {

    static final String SCHEMA_VERSION = "2.10";
    static final String CATALOG_NAME = "Каталог товаров КРЭК";
    static final List<String> PRICE_TYPES = List.of("Розничная", "Оптовая", "Крупный опт");
    static final List<String> WAREHOUSES = List.of("Москва", "Санкт-Петербург");
    static final String CASING = "Корпус";
    static final String MOUNT = "Тип монтажа";
    static final List<String> MOUNTS = List.of("SMD", "Выводной");

    private final long seed;

    CatalogFrame(long seed) {
        this.seed = seed;
    }

    /** 1C gives the catalog its classifier's id. */
    String catalogId() {
        return Seeds.uuid(seed, Seeds.CATALOG_ID, 0);
    }

    String groupId(String path) {
        return Seeds.uuid(seed, Seeds.GROUP_ID, RadioCatalog.GROUP_PATHS.indexOf(path));
    }

    String priceTypeId(int k) {
        return Seeds.uuid(seed, Seeds.PRICE_TYPE_ID, k);
    }

    String warehouseId(int k) {
        return Seeds.uuid(seed, Seeds.WAREHOUSE_ID, k);
    }

    String casingPropertyId() {
        return Seeds.uuid(seed, Seeds.PROPERTY_ID, 0);
    }

    String mountPropertyId() {
        return Seeds.uuid(seed, Seeds.PROPERTY_ID, 1);
    }

    String mountValueId(String mount) {
        return Seeds.uuid(seed, Seeds.VALUE_ID, MOUNTS.indexOf(mount));
    }

    String makerId(String manufacturer) {
        return Seeds.uuid(seed, Seeds.MAKER_ID, manufacturer.hashCode());
    }

    /** The export's date: fixed, so the same seed gives the same bytes; the next export a day later. */
    static String date(boolean next) {
        return next ? "2025-06-03T07:00:00" : "2025-06-02T07:00:00";
    }

    /** Owner, written in both files as 1C does. */
    static void owner(CmlWriter w, long seed) throws javax.xml.stream.XMLStreamException {
        w.start("Владелец");
        w.leaf("Ид", Seeds.uuid(seed, Seeds.CATALOG_ID, 1));
        w.leaf("Наименование", "КРЭК ООО");
        w.leaf("ОфициальноеНаименование", "Общество с ограниченной ответственностью «КРЭК»");
        w.leaf("ИНН", "7701000000");
        w.leaf("КПП", "770101001");
        w.end();
    }

    /** ТипыЦен: three price types in roubles, VAT included. */
    void priceTypes(CmlWriter w) throws javax.xml.stream.XMLStreamException {
        w.start("ТипыЦен");
        for (int k = 0; k < PRICE_TYPES.size(); k++) {
            w.start("ТипЦены");
            w.leaf("Ид", priceTypeId(k));
            w.leaf("Наименование", PRICE_TYPES.get(k));
            w.leaf("Валюта", "RUB");
            w.start("Налог");
            w.leaf("Наименование", "НДС");
            w.leaf("УчтеноВСумме", "true");
            w.leaf("Акциз", "false");
            w.end();
            w.end();
        }
        w.end();
    }

    /** Склады: Moscow and Saint Petersburg. */
    void warehouses(CmlWriter w) throws javax.xml.stream.XMLStreamException {
        w.start("Склады");
        for (int k = 0; k < WAREHOUSES.size(); k++) {
            w.start("Склад");
            w.leaf("Ид", warehouseId(k));
            w.leaf("Наименование", WAREHOUSES.get(k));
            w.end();
        }
        w.end();
    }
}
