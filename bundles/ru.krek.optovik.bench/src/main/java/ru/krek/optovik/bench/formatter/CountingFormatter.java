package ru.krek.optovik.bench.formatter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/**
 * The benchmark's own formatter bundle (built on the fly by PriceListBench): it walks every line and writes
 * one short line per list, so its figure is the pricing side alone (catalog query, discounts, grouping,
 * sharing) without any file format's cost.
 */
public final class CountingFormatter implements PriceListFormatter, BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(PriceListFormatter.class, new CountingFormatter(), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }

    @Override
    public String id() {
        return "count";
    }

    @Override
    public String displayName() {
        return "Lines counted (benchmark)";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "count";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        long checksum = list.sections().stream().flatMap(s -> s.lines().stream()).mapToLong(l -> l.price().unscaledValue().longValue()).sum();
        out.write((list.lineCount() + " " + checksum + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
