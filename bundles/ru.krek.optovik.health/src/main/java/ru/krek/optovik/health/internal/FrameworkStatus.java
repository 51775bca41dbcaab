package ru.krek.optovik.health.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.status.StatusService;
import ru.krek.optovik.api.status.SystemStatus;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.api.store.StoreStatus;

/** The system's status from the store and the framework: one source for /health and optovik:status. */
@Component(service = StatusService.class)
public final class FrameworkStatus implements StatusService {

    static final String OUR_BUNDLES = "ru.krek.optovik.";
    private final BundleContext context;
    private final Store store;
    private final Instant started;

    @Activate
    public FrameworkStatus(BundleContext context, @Reference Store store) {
        this.context = context;
        this.store = store;
        this.started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Override
    public SystemStatus status() {
        Bundle[] bundles = context.getBundles();
        int active = 0;
        boolean oursAllUp = true;
        for (Bundle bundle : bundles) {
            boolean up = bundle.getState() == Bundle.ACTIVE
                    || (isFragment(bundle) && bundle.getState() == Bundle.RESOLVED);
            if (up) {
                active++;
            } else if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith(OUR_BUNDLES)) {
                oursAllUp = false;
            }
        }
        StoreStatus database = store.status();
        return new SystemStatus(database.ready() && oursAllUp, database, active, bundles.length,
                Duration.between(started, Instant.now()));
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }
}
