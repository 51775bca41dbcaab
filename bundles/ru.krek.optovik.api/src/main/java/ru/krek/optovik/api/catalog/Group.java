package ru.krek.optovik.api.catalog;

/**
 * A product group (Группа). Delivered parent first, so a store can link it at once.
 *
 * @param id       Ид
 * @param parentId the enclosing group's Ид; null for a top-level group
 * @param name     Наименование; null when the file does not say
 * @param deleted  marked for deletion in 1C (ПометкаУдаления)
 */
public record Group(String id, String parentId, String name, boolean deleted) {

    public Group {
        Ids.require(id, "group id");
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("group " + id + " cannot be its own parent");
        }
    }
}
