package ru.krek.optovik.catalog.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The store's contract on a Firebird server over the wire (run/test starts one and sets OPTOVIK_TEST_FB_*). */
@EnabledIfEnvironmentVariable(named = "OPTOVIK_TEST_FB_PASSWORD", matches = ".+")
class ServerCatalogStoreTest extends CatalogStoreContract {

    @Override
    TestDatabase open(Path dir) throws Exception {
        return TestDatabase.server();
    }
}
