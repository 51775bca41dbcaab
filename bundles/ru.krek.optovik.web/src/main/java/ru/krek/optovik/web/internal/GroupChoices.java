package ru.krek.optovik.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.krek.optovik.api.client.SubscribedGroup;

/**
 * The group checkboxes as a page lists them: the live tree, nested, with the chosen ones ticked, then the
 * groups a client still has that the catalog no longer holds («удалена из каталога», ticked until unticked).
 */
final class GroupChoices {

    private GroupChoices() {
    }

    static List<Map<String, Object>> rows(List<CatalogGroups.Node> tree, Collection<String> chosen,
            List<SubscribedGroup> subscribed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> live = tree.stream().map(CatalogGroups.Node::id).collect(Collectors.toSet());
        for (CatalogGroups.Node node : tree) {
            rows.add(row(node.id(), node.name(), Math.min(node.depth(), 4), chosen.contains(node.id()), false));
        }
        for (SubscribedGroup group : subscribed) {
            if (!live.contains(group.id()) && chosen.contains(group.id())) {
                rows.add(row(group.id(), group.name().isEmpty() ? group.id() : group.name(), 0, true, true));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(String id, String name, int depth, boolean checked, boolean gone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("depth", depth);
        row.put("checked", checked);
        row.put("gone", gone);
        return row;
    }
}
