package ru.krek.optovik.store.internal;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * Where the database is, parsed and checked from {@code optovik.db}. Two modes share one SQL
 * dialect: embedded (the engine inside this process, a local file) and server (Jaybird's pure-Java
 * wire protocol).
 */
record DatabaseTarget(boolean embedded, String host, int port, String path, String user, String password,
        int poolSize) {

    static final String DEFAULT_FILE = "data/optovik.fdb";
    private static final Pattern SERVER = Pattern.compile("jdbc:firebird(?:sql)?://([^:/]+)(?::(\\d{1,5}))?/(.+)");
    private static final Pattern EMBEDDED = Pattern.compile("jdbc:firebird(?:sql)?:embedded:(.+)");

    /** @throws IllegalArgumentException naming the key and what is wrong with it */
    static DatabaseTarget of(StoreConfig config, OptovikHome home) {
        String url = config.url() == null ? "" : config.url().trim();
        int poolSize = config.pool_size();
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("optovik.db: pool.size must be 1 to 100, not " + poolSize);
        }
        String user = config.user() == null || config.user().isBlank() ? "SYSDBA" : config.user().trim();
        String password = config.password() == null ? "" : config.password();
        if (url.isEmpty()) {
            return new DatabaseTarget(true, "", 0, home.resolve(DEFAULT_FILE).toString(), user, password, poolSize);
        }
        Matcher embedded = EMBEDDED.matcher(url);
        if (embedded.matches()) {
            Path file = home.resolve(embedded.group(1));
            return new DatabaseTarget(true, "", 0, file.toString(), user, password, poolSize);
        }
        Matcher server = SERVER.matcher(url);
        if (!server.matches()) {
            throw new IllegalArgumentException("optovik.db: url '" + url
                    + "' is not a Firebird URL; expected jdbc:firebird://host:port/path or empty for embedded");
        }
        int port = server.group(2) == null ? 3050 : Integer.parseInt(server.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("optovik.db: url '" + url + "' has port " + port + ", outside 1-65535");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("optovik.db: password is required for the server " + url);
        }
        return new DatabaseTarget(false, server.group(1), port, server.group(3), user, password, poolSize);
    }

    String mode() {
        return embedded ? "embedded" : "server";
    }

    @Override
    public String toString() {
        return mode() + " " + location(); // never the password
    }

    /** For logs and status: never the password. */
    String location() {
        return embedded ? path : "jdbc:firebird://" + host + ":" + port + "/" + path;
    }
}
