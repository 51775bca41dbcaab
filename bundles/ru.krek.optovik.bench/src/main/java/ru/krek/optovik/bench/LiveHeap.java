package ru.krek.optovik.bench;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forces a full collection in the measured process every few seconds (jcmd GC.run), so the GC log
 * holds what is really live then: after a young pause the old generation still holds garbage that
 * was promoted, which grows with the run's length and says nothing about what the import keeps.
 */
final class LiveHeap implements AutoCloseable {

    private final long pid;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-heap");
        t.setDaemon(true);
        return t;
    });

    LiveHeap(long pid, int everySeconds) {
        this.pid = pid;
        timer.scheduleWithFixedDelay(this::collect, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    /** One full collection now (also the last sample, once the import is done). */
    void collect() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            jcmd.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no jcmd: the figure stays unsampled (the report says -1)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
