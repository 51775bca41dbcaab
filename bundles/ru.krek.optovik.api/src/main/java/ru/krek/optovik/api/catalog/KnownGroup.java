package ru.krek.optovik.api.catalog;

/**
 * A group the catalog has held, present or gone (see {@link CatalogStore#knownGroups()}), for those who
 * keep references to groups beyond one import: client subscriptions, per-group discounts.
 *
 * @param id       the group's Ид
 * @param parentId the enclosing group's Ид; null for a top-level group
 * @param name     Наименование; empty when 1C gave none
 * @param gone     the last full import no longer delivered it, or 1C marked it deleted
 */
public record KnownGroup(String id, String parentId, String name, boolean gone) {
}
