package ru.krek.optovik.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStore;

/** The catalog's group tree as the form shows it: nested, depth first. */
@Component(service = CatalogGroups.class)
public final class CatalogGroups {

    /** One line of the form's group list: depth 0 for a top-level group. */
    public record Node(String id, String name, int depth) {
    }

    private final CatalogStore catalog;

    @Activate
    public CatalogGroups(@Reference CatalogStore catalog) {
        this.catalog = catalog;
    }

    /** Present groups, depth first, each level in the catalog's order. */
    public List<Node> tree() throws CatalogImportException {
        Map<String, List<CatalogGroup>> children = new LinkedHashMap<>();
        for (CatalogGroup group : catalog.groups()) {
            children.computeIfAbsent(group.parentId() == null ? "" : group.parentId(), k -> new ArrayList<>()).add(group);
        }
        List<Node> nodes = new ArrayList<>();
        walk(children, "", 0, nodes);
        return nodes;
    }

    private static void walk(Map<String, List<CatalogGroup>> children, String parent, int depth, List<Node> into) {
        for (CatalogGroup row : children.getOrDefault(parent, List.of())) {
            into.add(new Node(row.id(), row.name(), depth));
            if (depth < 20) { // a cycle in bad data must not loop forever
                walk(children, row.id(), depth + 1, into);
            }
        }
    }
}
