package ru.krek.optovik.web.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.store.Store;

/**
 * The catalog's group tree for the form. TO BE REPLACED: the catalog API offers no group tree yet, so this
 * reads catalog_group (db/002-catalog.sql) directly, read-only, as the clients bundle's GroupTree does.
 */
@Component(service = CatalogGroups.class)
public final class CatalogGroups {

    /** One line of the form's group list: depth 0 for a top-level group. */
    public record Node(String id, String name, int depth) {
    }

    private record Row(String id, String parent, String name) {
    }

    private final Store store;

    @Activate
    public CatalogGroups(@Reference Store store) {
        this.store = store;
    }

    /** Present groups, depth first, each level in the catalog's order. */
    public List<Node> tree() throws SQLException {
        Map<String, List<Row>> children = new LinkedHashMap<>();
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, parent_id, name from catalog_group where gone = false and deleted = false order by sort_order, name, id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3));
                children.computeIfAbsent(row.parent() == null ? "" : row.parent(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Node> nodes = new ArrayList<>();
        walk(children, "", 0, nodes);
        return nodes;
    }

    private static void walk(Map<String, List<Row>> children, String parent, int depth, List<Node> into) {
        for (Row row : children.getOrDefault(parent, List.of())) {
            into.add(new Node(row.id(), row.name(), depth));
            if (depth < 20) { // a cycle in bad data must not loop forever
                walk(children, row.id(), depth + 1, into);
            }
        }
    }
}
