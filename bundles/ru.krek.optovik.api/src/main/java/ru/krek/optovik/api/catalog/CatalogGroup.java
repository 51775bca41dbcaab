package ru.krek.optovik.api.catalog;

/**
 * A group of the catalog as it stands now (see {@link CatalogStore#groups()}), for those who show or
 * pick groups: the registration form, client subscriptions.
 *
 * @param id       the group's Ид
 * @param parentId the enclosing group's Ид; null for a top-level group
 * @param name     Наименование; empty when 1C gave none
 */
public record CatalogGroup(String id, String parentId, String name) {
}
