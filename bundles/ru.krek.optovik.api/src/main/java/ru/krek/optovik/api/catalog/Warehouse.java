package ru.krek.optovik.api.catalog;

/**
 * A warehouse (Склад) that stock is counted in.
 *
 * @param id   Ид
 * @param name Наименование; null when the file does not say
 */
public record Warehouse(String id, String name) {

    public Warehouse {
        Ids.require(id, "warehouse id");
    }
}
