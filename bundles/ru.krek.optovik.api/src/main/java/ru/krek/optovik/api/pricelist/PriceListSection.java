package ru.krek.optovik.api.pricelist;

import java.util.List;
import java.util.Objects;

/**
 * A group of the 1C tree in a price list, with its own lines; its subgroups follow it as sections of
 * their own, one level deeper.
 *
 * @param groupId the group's Ид
 * @param name    Наименование
 * @param level   depth in the tree: 0 for a top-level group (formats use it for outline levels)
 * @param lines   the group's own offers, in catalog order; may be empty when only subgroups have lines
 */
public record PriceListSection(String groupId, String name, int level, List<PriceListLine> lines) {

    public PriceListSection {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(name, "name");
        if (level < 0) {
            throw new IllegalArgumentException("negative level " + level);
        }
        lines = List.copyOf(lines);
    }
}
