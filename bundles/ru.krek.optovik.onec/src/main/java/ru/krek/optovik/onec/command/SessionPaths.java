package ru.krek.optovik.onec.command;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apache.felix.service.command.CommandSession;

/**
 * Where a relative path given to a command points: Gogo's current directory of the session
 * ({@link CommandSession#currentDir()}: the console's `cd` moves it; a session over SSH, as
 * run/optovik exec opens, starts in the Optovik process's working directory), else the process's.
 */
final class SessionPaths {

    private SessionPaths() {
    }

    static Path resolve(CommandSession session, String given) {
        Path base = session == null ? null : session.currentDir();
        if (base == null) {
            base = Path.of("").toAbsolutePath();
        }
        try {
            return base.resolve(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid path: " + given);
        }
    }
}
