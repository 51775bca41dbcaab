package ru.krek.optovik.catalog.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where one import's time went, per step (a staging table, the fingerprint look-ups, an apply
 * statement): wall and thread CPU time, and rows. Embedded Firebird works on the calling thread, so
 * its CPU time is the engine's too, which a loaded machine does not inflate as it does wall time.
 * Logged at debug level when the import ends.
 */
final class Timing {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Step(long wallNanos, long cpuNanos, long rows, long calls) {
        Step plus(Step other) {
            return new Step(wallNanos + other.wallNanos, cpuNanos + other.cpuNanos, rows + other.rows, calls + other.calls);
        }
    }

    /** A step's start; {@link #stop} adds what it took. */
    record Mark(long wall, long cpu) {
    }

    private final Map<String, Step> steps = new TreeMap<>();

    static Mark start() {
        return new Mark(System.nanoTime(), cpu());
    }

    synchronized void stop(String step, Mark mark, long rows) {
        steps.merge(step, new Step(System.nanoTime() - mark.wall(), cpu() - mark.cpu(), rows, 1), Step::plus);
    }

    synchronized String report() {
        StringBuilder text = new StringBuilder();
        steps.forEach((step, s) -> text.append(String.format("%n  %-28s %8d ms wall %8d ms cpu %9d rows %7d calls", step,
                s.wallNanos / 1_000_000, s.cpuNanos / 1_000_000, s.rows, s.calls)));
        return text.toString();
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
