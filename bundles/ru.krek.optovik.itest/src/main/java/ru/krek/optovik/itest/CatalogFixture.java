package ru.krek.optovik.itest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * A fresh embedded database for one test, with the catalog's services and the corpus of real 1C
 * exports at hand, so counts compare with SOURCES.md and not with what an earlier test left.
 */
final class CatalogFixture {

    final CatalogStore catalog;
    final ExchangeImporter importer;
    final Path work;

    private CatalogFixture(Path work) {
        this.work = work;
        this.catalog = OptovikFramework.service(CatalogStore.class);
        this.importer = OptovikFramework.service(ExchangeImporter.class);
    }

    static CatalogFixture freshDatabase(String name) throws IOException {
        String file = "data/" + name + "-" + System.nanoTime() + ".fdb";
        OptovikFramework.configureStore("url", "jdbc:firebird:embedded:" + file);
        OptovikFramework.readyStore();
        Path work = Files.createTempDirectory(Files.createDirectories(home().resolve("work")), name + "-");
        return new CatalogFixture(work);
    }

    static Path home() throws IOException {
        return Files.createDirectories(OptovikHome.of(OptovikFramework.context()).resolve("."));
    }

    /** Copies corpus files (by their number prefix or full name) into a folder of their own. */
    Path corpus(String folder, String... files) throws IOException {
        Path target = Files.createDirectories(work.resolve(folder));
        for (String file : files) {
            URL entry = OptovikFramework.context().getBundle().getEntry("corpus/" + fullName(file));
            try (InputStream in = entry.openStream()) {
                Files.copy(in, target.resolve(fullName(file)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static String fullName(String prefix) {
        List<String> names = new ArrayList<>();
        OptovikFramework.context().getBundle().findEntries("corpus", prefix + "*", false).asIterator()
                .forEachRemaining(u -> names.add(Path.of(u.getPath()).getFileName().toString()));
        if (names.size() != 1) {
            throw new AssertionError("corpus file " + prefix + " matches " + names);
        }
        return names.get(0);
    }

    ImportRun importFiles(Path... paths) throws CatalogImportException {
        return importer.importFiles(List.of(paths), new ImportSource("test", List.of(paths).toString()),
                Duration.ofSeconds(30));
    }

    CatalogStats stats() throws CatalogImportException {
        return catalog.stats();
    }
}
