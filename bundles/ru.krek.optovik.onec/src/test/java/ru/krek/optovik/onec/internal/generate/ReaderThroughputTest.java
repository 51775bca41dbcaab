package ru.krek.optovik.onec.internal.generate;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogSink;
import ru.krek.optovik.api.catalog.Offer;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;

/**
 * Prints how fast the reader takes a generated exchange, beside a bare StAX pass over the same file.
 * Measures only, asserts nothing about time; runs with {@code -Doptovik.throughput=true}
 * (and {@code -Doptovik.throughput.offers=N}, default 100000).
 */
@EnabledIfSystemProperty(named = "optovik.throughput", matches = "true")
class ReaderThroughputTest {

    @TempDir
    Path dir;

    @Test
    void offersPerSecond() throws Exception {
        int offers = Integer.getInteger("optovik.throughput.offers", 100_000);
        long t0 = System.nanoTime();
        GenerationSummary s = new CatalogGenerator(new GeneratorOptions(offers, 1, false)).writeTo(dir);
        long t1 = System.nanoTime();
        System.out.printf("generate: offers %d, import %d MB, offers %d MB, %.2f s%n", s.offers(),
                Files.size(s.importFile()) >> 20, Files.size(s.offersFile()) >> 20, (t1 - t0) / 1e9);
        CommerceMlReader reader = new CommerceMlReader();
        for (int run = 1; run <= 3; run++) {
            long[] count = new long[1];
            long a = System.nanoTime();
            reader.read(s.importFile(), new CatalogSink() { });
            long b = System.nanoTime();
            reader.read(s.offersFile(), new CatalogSink() {
                @Override
                public void onOffer(Offer offer) {
                    count[0]++;
                }
            });
            long c = System.nanoTime();
            long d = bareStax(s.offersFile());
            long e = System.nanoTime();
            System.out.printf("run %d: import.xml %.2f s (%.0f products/s); offers.xml %.2f s = %.0f offers/s, "
                    + "%.0f MB/s; bare StAX %.0f offers/s (%d elements)%n", run, (b - a) / 1e9, s.products() / ((b - a) / 1e9),
                    (c - b) / 1e9, count[0] / ((c - b) / 1e9), Files.size(s.offersFile()) / 1e6 / ((c - b) / 1e9),
                    offers / ((e - c) / 1e9), d);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after: %d MB of max %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static long bareStax(Path file) throws Exception {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long elements = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    elements++;
                }
            }
        }
        return elements;
    }
}
