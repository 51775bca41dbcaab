package ru.krek.optovik.catalog.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GenerationSummary;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/**
 * Prints how fast {@code CatalogStore.offers} streams a price list's offers (what one build costs the
 * database): measures only; runs with {@code -Doptovik.throughput=true} ({@code -Doptovik.throughput.offers=N}).
 */
@EnabledIfSystemProperty(named = "optovik.throughput", matches = "true")
class OfferListingThroughputTest {

    @TempDir
    Path dir;

    @Test
    void offersStreamedPerSecond() throws Exception {
        int offers = Integer.getInteger("optovik.throughput.offers", 10_000);
        GenerationSummary files = new CatalogGenerator(new GeneratorOptions(offers, 7, false)).writeTo(dir.resolve("a"));
        try (TestDatabase db = TestDatabase.embedded(dir.resolve("db"))) {
            FirebirdCatalogStore store = new FirebirdCatalogStore(db);
            try (CatalogImport exchange = store.begin(new ImportSource("bench", "listing"), Duration.ofSeconds(5))) {
                new CommerceMlReader().read(files.importFile(), exchange);
                new CommerceMlReader().read(files.offersFile(), exchange);
                exchange.commit();
            }
            String priceType = store.priceTypes().get(0).id();
            String group = store.groups().get(0).id();
            for (int round = 0; round < 5; round++) {
                AtomicInteger all = new AtomicInteger();
                long t0 = System.nanoTime();
                store.offers(List.of(), priceType, o -> all.incrementAndGet());
                long t1 = System.nanoTime();
                AtomicInteger some = new AtomicInteger();
                store.offers(List.of(group), priceType, o -> some.incrementAndGet());
                long t2 = System.nanoTime();
                System.out.printf("offers: all %d in %.3f s, under %s %d in %.3f s%n", all.get(), (t1 - t0) / 1e9, group,
                        some.get(), (t2 - t1) / 1e9);
            }
        }
    }
}
