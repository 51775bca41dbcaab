package ru.krek.optovik.api.status;

import java.time.Duration;
import ru.krek.optovik.api.store.StoreStatus;

/**
 * One snapshot of the running system.
 *
 * @param up            the database is ready and no Optovik bundle failed to start
 * @param database      the store's view of the database
 * @param bundlesActive bundles in ACTIVE state (fragments count as active when resolved)
 * @param bundlesTotal  all installed bundles, the framework included
 * @param uptime        since the framework started
 */
public record SystemStatus(boolean up, StoreStatus database, int bundlesActive, int bundlesTotal, Duration uptime) {
}
