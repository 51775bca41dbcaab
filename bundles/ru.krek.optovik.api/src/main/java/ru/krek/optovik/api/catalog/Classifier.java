package ru.krek.optovik.api.catalog;

/**
 * A classifier (Классификатор): the frame of groups, properties, price types and warehouses that
 * catalogs and offer packages refer to by id.
 *
 * @param id   Ид
 * @param name Наименование; null when the file does not say
 */
public record Classifier(String id, String name) {

    public Classifier {
        Ids.require(id, "classifier id");
    }
}
