package ru.krek.optovik.catalog.internal;

import java.nio.file.Path;

/** The store's contract on embedded Firebird (the default deployment). */
class EmbeddedCatalogStoreTest extends CatalogStoreContract {

    @Override
    TestDatabase open(Path dir) throws Exception {
        return TestDatabase.embedded(dir);
    }
}
