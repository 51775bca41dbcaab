package ru.krek.optovik.api.store;

/**
 * The database as the store last saw it.
 *
 * @param ready     reachable and its schema migrated: the store can serve
 * @param reachable a connection could be made on the last check
 * @param version   the Firebird engine version, e.g. "3.0.11"; empty when never reached
 * @param mode      "embedded" or "server"
 * @param location  the database file or server URL (never the password)
 * @param problem   why it is not ready, in one line; empty when ready
 */
public record StoreStatus(boolean ready, boolean reachable, String version, String mode, String location,
        String problem) {
}
