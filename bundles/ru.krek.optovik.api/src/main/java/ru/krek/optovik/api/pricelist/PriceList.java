package ru.krek.optovik.api.pricelist;

import java.util.List;
import java.util.Objects;

/**
 * One built price list: the terms it was built for and its lines, grouped by the 1C group tree in
 * catalog order. Clients with identical terms share one, so it never names a client.
 *
 * @param header   who sells, on which terms, when
 * @param sections the groups with lines (or with subgroups that have lines), depth first in catalog order
 */
public record PriceList(PriceListHeader header, List<PriceListSection> sections) {

    public PriceList {
        Objects.requireNonNull(header, "header");
        sections = List.copyOf(sections);
    }

    /** The number of lines in all sections. */
    public int lineCount() {
        return sections.stream().mapToInt(s -> s.lines().size()).sum();
    }
}
