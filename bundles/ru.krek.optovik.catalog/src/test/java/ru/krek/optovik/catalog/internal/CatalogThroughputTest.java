package ru.krek.optovik.catalog.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GenerationSummary;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/**
 * Prints how fast a generated exchange goes from files into the catalog end to end (the onec reader
 * feeding the store), into embedded Firebird and, when OPTOVIK_TEST_FB_* is set, the server. Measures
 * only, asserts nothing about time; runs with {@code -Doptovik.throughput=true}
 * ({@code -Doptovik.throughput.offers=N}, default 100000; {@code -Doptovik.throughput.serverOnly=true} skips
 * embedded; {@code -Doptovik.throughput.firstOnly=true} measures the first import alone). With {@code -Dorg.slf4j.simpleLogger.log.ru.krek.optovik.catalog.internal.StagedImport=debug}
 * each import logs where its time went (wall and CPU per staging table and apply statement).
 */
@EnabledIfSystemProperty(named = "optovik.throughput", matches = "true")
class CatalogThroughputTest {

    @TempDir
    Path dir;

    @Test
    void offersPerSecond() throws Exception {
        int offers = Integer.getInteger("optovik.throughput.offers", 100_000);
        GenerationSummary first = new CatalogGenerator(new GeneratorOptions(offers, 7, false)).writeTo(dir.resolve("a"));
        GenerationSummary next = new CatalogGenerator(new GeneratorOptions(offers, 7, true)).writeTo(dir.resolve("b"));
        if (!Boolean.getBoolean("optovik.throughput.serverOnly")) {
            measure("embedded", TestDatabase.embedded(dir.resolve("db")), first, next);
        }
        if (TestDatabase.serverAvailable()) {
            measure("server", TestDatabase.server(), first, next);
        }
    }

    private static void measure(String mode, TestDatabase db, GenerationSummary first, GenerationSummary next) throws Exception {
        try (db) {
            FirebirdCatalogStore store = new FirebirdCatalogStore(db);
            run(mode, "first import (all new)", store, first);
            if (!Boolean.getBoolean("optovik.throughput.firstOnly")) {
                run(mode, "next export (changes)", store, next);
                run(mode, "same export again (no changes)", store, next);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("%s: heap used after: %d MB of max %d MB%n", mode, (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.maxMemory() >> 20);
        }
    }

    private static void run(String mode, String what, FirebirdCatalogStore store, GenerationSummary files) throws Exception {
        CommerceMlReader reader = new CommerceMlReader();
        long t0 = System.nanoTime();
        ImportRun run;
        try (CatalogImport exchange = store.begin(new ImportSource("bench", what), Duration.ofSeconds(5))) {
            reader.read(files.importFile(), exchange);
            reader.read(files.offersFile(), exchange);
            long t1 = System.nanoTime();
            run = exchange.commit();
            long t2 = System.nanoTime();
            double seconds = (t2 - t0) / 1e9;
            System.out.printf("%s, %s: %d offers, %d prices, %d changes in %.2f s (read+stage %.2f s, apply %.2f s) = %.0f offers/s%n",
                    mode, what, run.counts().offers(), run.counts().prices(), run.counts().changes(), seconds,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, run.counts().offers() / seconds);
        }
    }
}
