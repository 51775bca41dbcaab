package ru.krek.optovik.clients.internal;

import java.util.List;
import java.util.Objects;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.client.ClientException;

/**
 * The catalog as the directory reads it, through the catalog API only. The group tree changes only with
 * an import, so it is kept until the last import run (id, status, end) differs: a client list of many
 * clients reads it once. Read before a directory transaction, never inside one.
 */
final class CatalogView {

    private record Cached(ImportRun lastRun, GroupTree tree) {
    }

    private final CatalogStore catalog;
    private volatile Cached cached;

    CatalogView(CatalogStore catalog) {
        this.catalog = catalog;
    }

    GroupTree tree() throws ClientException {
        try {
            ImportRun last = catalog.run(null).orElse(null);
            Cached c = cached;
            if (c != null && Objects.equals(c.lastRun(), last)) {
                return c.tree();
            }
            GroupTree tree = new GroupTree(catalog.knownGroups());
            cached = new Cached(last, tree);
            return tree;
        } catch (CatalogImportException e) {
            throw new ClientException("the catalog is unavailable: " + e.getMessage(), e);
        }
    }

    List<PriceType> priceTypes() throws ClientException {
        try {
            return catalog.priceTypes();
        } catch (CatalogImportException e) {
            throw new ClientException("the catalog is unavailable: " + e.getMessage(), e);
        }
    }
}
