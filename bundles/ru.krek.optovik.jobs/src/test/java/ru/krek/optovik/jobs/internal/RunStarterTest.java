package ru.krek.optovik.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RunStarterTest {

    /** Stands for Gogo's session streams, which it keeps in an InheritableThreadLocal. */
    private static final InheritableThreadLocal<String> SESSION = new InheritableThreadLocal<>();

    @Test
    void aJobThreadInheritsNothingFromTheThreadThatStartedTheRun() throws Exception {
        SESSION.set("the operator's ssh session");
        try {
            AtomicReference<String> seen = new AtomicReference<>("not run");
            Thread thread = RunStarter.thread(() -> seen.set(SESSION.get()));
            assertTrue(thread.isDaemon());
            thread.start();
            thread.join(10_000);
            assertEquals(null, seen.get());
        } finally {
            SESSION.remove();
        }
    }
}
