package ru.krek.optovik.clients.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.krek.optovik.api.client.SubscribedGroup;

/**
 * The catalog's group tree as the clients need it, read from the catalog's table (catalog_group,
 * db/002-catalog.sql) in the same database: the catalog API offers no tree yet.
 */
final class GroupTree {

    private static final String DOWN = "with recursive down (id) as (select id from catalog_group where id = ? "
            + "union all select g.id from catalog_group g join down on g.parent_id = down.id) ";
    private static final String UP = "with recursive up (id, parent_id) as (select id, parent_id from catalog_group where id = ? "
            + "union all select g.id, g.parent_id from catalog_group g join up on g.id = up.parent_id) select id from up";

    private final Sql sql;

    GroupTree(Sql sql) {
        this.sql = sql;
    }

    /** The group and every group above it (just the group when the catalog does not know it). */
    List<String> withAncestors(String groupId) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(groupId);
        ids.addAll(sql.list(UP, rs -> rs.getString(1), groupId));
        return new ArrayList<>(ids);
    }

    /** Ids of the list that the catalog has never held (gone ones are held). */
    List<String> unknown(List<String> ids) throws SQLException {
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (sql.count("select count(*) from catalog_group where id = ?", id) == 0) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /** The client's groups joined with the catalog: name, and gone when removed or marked deleted. */
    List<SubscribedGroup> subscribed(long clientId) throws SQLException {
        return sql.list("select cg.group_id, g.name, coalesce(g.gone, true) or coalesce(g.deleted, false) from client_group cg "
                + "left join catalog_group g on g.id = cg.group_id where cg.client_id = ? order by cg.sort_order",
                rs -> new SubscribedGroup(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2), rs.getBoolean(3)),
                clientId);
    }

    /** Present groups under the nodes (nodes included); every present group when all is true. */
    Set<String> covered(boolean all, List<String> nodes) throws SQLException {
        if (all) {
            return new LinkedHashSet<>(sql.list("select id from catalog_group where gone = false order by id", rs -> rs.getString(1)));
        }
        Set<String> covered = new LinkedHashSet<>();
        for (String node : nodes) {
            covered.addAll(sql.list(DOWN + "select d.id from down d join catalog_group g on g.id = d.id where g.gone = false",
                    rs -> rs.getString(1), node));
        }
        return covered;
    }
}
