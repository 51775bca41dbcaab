package ru.krek.optovik.itest.swap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/**
 * Writes its bundle's X-Swap-Output header and the line count; while the test offers a "started" and a
 * "release" latch as services, it signals the first and waits for the second, so a build is running
 * while the test updates the bundle.
 */
final class SwapFormatter implements PriceListFormatter {

    private final BundleContext context;
    private final String output;

    SwapFormatter(BundleContext context) {
        this.context = context;
        this.output = context.getBundle().getHeaders().get("X-Swap-Output");
    }

    @Override
    public String id() {
        return "swap";
    }

    @Override
    public String displayName() {
        return "Swap " + output;
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public String fileExtension() {
        return "swap";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        CountDownLatch started = latch("started");
        CountDownLatch release = latch("release");
        if (started != null && release != null) {
            started.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        out.write((output + "\t" + list.lineCount()).getBytes(StandardCharsets.UTF_8));
    }

    private CountDownLatch latch(String name) {
        try {
            for (ServiceReference<CountDownLatch> ref : context.getServiceReferences(CountDownLatch.class, "(swap.latch=" + name + ")")) {
                return context.getService(ref);
            }
            return null;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
