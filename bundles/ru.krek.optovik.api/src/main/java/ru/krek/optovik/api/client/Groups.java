package ru.krek.optovik.api.client;

import java.util.List;

/**
 * The catalog groups a client takes: every group, or the nodes listed (a node includes its subgroups).
 *
 * @param all true for the whole catalog; then {@code ids} is empty
 * @param ids 1C group Ид's, in the order given, without repeats
 */
public record Groups(boolean all, List<String> ids) {

    public Groups {
        ids = all ? List.of() : List.copyOf(ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList());
    }

    public static Groups everything() {
        return new Groups(true, List.of());
    }

    public static Groups of(List<String> ids) {
        return new Groups(false, ids);
    }
}
