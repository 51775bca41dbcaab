package ru.krek.optovik.onec.internal.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * A checked optovik.onec configuration: what the components use, so an invalid edit can be refused
 * as a whole and the last good settings kept.
 *
 * @param user      exchange user; meaningful only with a password
 * @param password  exchange password; empty = the HTTP exchange is off
 * @param inbox     the drop folder, absolute
 * @param fileLimit largest upload chunk in bytes
 */
public record OnecSettings(String user, String password, Path inbox, long fileLimit) {

    public static final String DEFAULT_INBOX = "1c/inbox";
    public static final long DEFAULT_FILE_LIMIT = 10L << 20;
    /** A chunk is held by Jetty and written in one go: more than this is a typing mistake. */
    public static final long MAX_FILE_LIMIT = 1L << 30;
    static final long MIN_FILE_LIMIT = 1024;

    @Override
    public String toString() { // never the password in a log line
        return "OnecSettings[user=" + user + ", password=" + (password.isEmpty() ? "none" : "set") + ", inbox="
                + inbox + ", fileLimit=" + fileLimit + "]";
    }

    public boolean exchangeEnabled() {
        return !password.isEmpty();
    }

    /** An untouched optovik.onec: the exchange off, the default drop folder. */
    public static OnecSettings defaults(OptovikHome home) {
        return new OnecSettings("", "", home.resolve(DEFAULT_INBOX), DEFAULT_FILE_LIMIT);
    }

    /**
     * @throws IllegalArgumentException naming the key and what is wrong with it
     */
    public static OnecSettings of(OnecConfig config, OptovikHome home) {
        String user = config.exchange_user() == null ? "" : config.exchange_user().trim();
        String password = config.exchange_password() == null ? "" : config.exchange_password();
        if (!password.isEmpty() && user.isEmpty()) {
            throw new IllegalArgumentException("optovik.onec: exchange.password is set but exchange.user is empty");
        }
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("optovik.onec: exchange.user must not contain ':' (HTTP Basic)");
        }
        long limit = config.file_limit();
        if (limit < MIN_FILE_LIMIT || limit > MAX_FILE_LIMIT) {
            throw new IllegalArgumentException("optovik.onec: file.limit must be between " + MIN_FILE_LIMIT
                    + " and " + MAX_FILE_LIMIT + " bytes, not " + limit);
        }
        String inbox = config.inbox() == null || config.inbox().isBlank() ? DEFAULT_INBOX : config.inbox().trim();
        Path folder;
        try {
            folder = home.resolve(inbox);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("optovik.onec: inbox is not a valid path: " + inbox);
        }
        Path exchange = home.resolve("1c/exchange");
        if (folder.startsWith(exchange) || folder.equals(home.path()) || folder.startsWith(home.resolve("1c/processed"))
                || folder.startsWith(home.resolve("1c/failed"))) {
            throw new IllegalArgumentException("optovik.onec: inbox " + folder
                    + " must not be OPTOVIK_HOME itself nor lie in 1c/exchange, 1c/processed or 1c/failed");
        }
        return new OnecSettings(user, password, folder, limit);
    }
}
