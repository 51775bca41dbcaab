package ru.krek.optovik.clients.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.krek.optovik.api.catalog.KnownGroup;
import ru.krek.optovik.api.client.SubscribedGroup;

/**
 * The catalog's group tree as the clients need it: every group the catalog has held
 * (CatalogStore.knownGroups), gone ones marked, so a subscription outlives a full import that drops its
 * group. Immutable; walks are cycle-safe whatever 1C sent.
 */
final class GroupTree {

    private final Map<String, KnownGroup> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    GroupTree(List<KnownGroup> known) {
        for (KnownGroup g : known) {
            groups.put(g.id(), g);
            if (g.parentId() != null) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g.id());
            }
        }
    }

    /** The group and every group above it (just the group when the catalog does not know it). */
    List<String> withAncestors(String groupId) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id = groupId; id != null && ids.add(id); ) {
            KnownGroup g = groups.get(id);
            id = g == null ? null : g.parentId();
        }
        return new ArrayList<>(ids);
    }

    /** Ids of the list that the catalog has never held (gone ones are held). */
    List<String> unknown(List<String> ids) {
        return ids.stream().filter(id -> !groups.containsKey(id)).toList();
    }

    /** A subscribed group as the catalog knows it now; one it never held counts as gone, without a name. */
    SubscribedGroup subscribed(String id) {
        KnownGroup g = groups.get(id);
        return g == null ? new SubscribedGroup(id, "", true) : new SubscribedGroup(id, g.name(), g.gone());
    }

    /** Present groups under the nodes (nodes included); every present group when all is true. */
    Set<String> covered(boolean all, List<String> nodes) {
        Set<String> covered = new LinkedHashSet<>();
        if (all) {
            groups.values().stream().filter(g -> !g.gone()).forEach(g -> covered.add(g.id()));
            return covered;
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(nodes);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            KnownGroup g = groups.get(id);
            if (g != null && seen.add(id)) {
                if (!g.gone()) {
                    covered.add(id);
                }
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return covered;
    }
}
