package ru.krek.optovik.onec.internal.cml;

import java.util.ArrayList;
import java.util.List;
import ru.krek.optovik.api.catalog.Group;

/**
 * The classifier's group tree, nested Группы/Группа at any depth up to {@link #MAX_LEVELS}. Each group
 * is delivered as soon as its id and name are known and before its children, so a store can link a
 * child to its parent at once. Only the chain of open ancestors is kept, to refuse a group nested in
 * itself.
 */
final class GroupTree {

    /** A real catalog has 3–6 levels; beyond this the file is broken or hostile. */
    static final int MAX_LEVELS = 64;

    private final FileScope scope;
    private final XmlCursor c;
    private final List<String> ancestors = new ArrayList<>();

    GroupTree(FileScope scope) {
        this.scope = scope;
        this.c = scope.cursor;
    }

    /** Reads a Группы element and everything below it. */
    void read() throws CommerceMlException {
        groups(null);
    }

    private void groups(String parentId) throws CommerceMlException {
        int list = c.depth();
        while (c.nextChild(list)) {
            if ("Группа".equals(c.name())) {
                group(parentId);
            } else {
                c.skip();
            }
        }
    }

    private void group(String parentId) throws CommerceMlException {
        if (ancestors.size() >= MAX_LEVELS) {
            throw c.error(Problem.TOO_DEEP, MAX_LEVELS, "групп");
        }
        int line = c.line();
        String id = null;
        String name = null;
        boolean deleted = false;
        boolean delivered = false;
        int d = c.depth();
        while (c.nextChild(d)) {
            switch (c.name()) {
                case "Ид" -> id = c.id();
                case "Наименование" -> name = c.text();
                case "ПометкаУдаления" -> deleted = c.flag();
                case "Группы" -> {
                    if (!delivered) {
                        deliver(id, parentId, name, deleted, line);
                        delivered = true;
                    }
                    ancestors.add(id);
                    groups(id);
                    ancestors.remove(ancestors.size() - 1);
                }
                default -> c.skip();
            }
        }
        if (!delivered) {
            deliver(id, parentId, name, deleted, line);
        }
    }

    private void deliver(String id, String parentId, String name, boolean deleted, int line) throws CommerceMlException {
        if (id == null) {
            throw c.errorAt(line, Problem.MISSING_ID, "группа «" + name + "»");
        }
        if (ancestors.contains(id)) {
            throw c.errorAt(line, Problem.GROUP_CYCLE, name == null ? id : name + " (Ид " + id + ")");
        }
        scope.unique(scope.groups, id, "Группа", line);
        scope.sink.onGroup(new Group(id, parentId, name, deleted));
    }
}
