package ru.krek.optovik.pricing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.krek.optovik.api.catalog.CatalogGroup;

/** The catalog's group tree: depth-first catalog order, parents, and the part a client's nodes cover. */
final class GroupTree {

    private final Map<String, CatalogGroup> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> roots = new ArrayList<>();
    private final Map<String, String> parentOf = new HashMap<>();

    GroupTree(List<CatalogGroup> groups) {
        groups.forEach(g -> byId.put(g.id(), g));
        for (CatalogGroup g : groups) {
            // a parent the catalog no longer lists makes its child a root, not an orphan lost from every list
            if (g.parentId() != null && byId.containsKey(g.parentId())) {
                children.computeIfAbsent(g.parentId(), k -> new ArrayList<>()).add(g.id());
                parentOf.put(g.id(), g.parentId());
            } else {
                roots.add(g.id());
            }
        }
    }

    Map<String, String> parents() {
        return parentOf;
    }

    String name(String id) {
        CatalogGroup g = byId.get(id);
        return g == null ? id : g.name();
    }

    /**
     * The groups the nodes cover (each node and its subgroups; every group when there are no nodes),
     * depth first in catalog order, each with its level counted from the nearest covered top.
     */
    Map<String, Integer> covered(List<String> nodes) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Set<String> wanted = new HashSet<>(nodes);
        for (String root : roots) {
            walk(root, nodes.isEmpty(), wanted, 0, out);
        }
        return out;
    }

    private void walk(String id, boolean inside, Set<String> wanted, int level, Map<String, Integer> out) {
        boolean in = inside || wanted.contains(id);
        if (in) {
            out.put(id, level);
        }
        for (String child : children.getOrDefault(id, List.of())) {
            walk(child, in, wanted, in ? level + 1 : 0, out);
        }
    }
}
