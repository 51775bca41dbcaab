package ru.krek.optovik.itest.swap;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/**
 * Not part of the test bundle's own work: HotSwapTest copies this class and {@link SwapFormatter} into a
 * formatter bundle it builds on the fly, as a third party's formatter would be.
 */
public final class SwapActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(PriceListFormatter.class, new SwapFormatter(context), null);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the formatter
    }
}
