package ru.krek.optovik.store.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prepares this process for the embedded engine. Its lock files default to /tmp/firebird, shared
 * with a Firebird server running as another user; a private FIREBIRD_LOCK under OPTOVIK_HOME keeps
 * the two apart. It must be in the environment before the engine loads, so it is set here through
 * libc unless the launcher already set it.
 */
final class EmbeddedEngine {

    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    static void prepare(Path home) throws IOException {
        if (System.getenv("FIREBIRD_LOCK") != null) {
            return;
        }
        Path lock = home.resolve("data/lock");
        Files.createDirectories(lock);
        Native.load("c", LibC.class).setenv("FIREBIRD_LOCK", lock.toString(), 0);
    }
}
