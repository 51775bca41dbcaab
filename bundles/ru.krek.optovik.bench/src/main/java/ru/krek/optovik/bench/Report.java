package ru.krek.optovik.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code key: value} lines a benchmark prints, in the order they were put. */
final class Report {

    private final Map<String, String> lines = new LinkedHashMap<>();

    Report put(String key, Object value) {
        lines.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value));
        return this;
    }

    /** Where the figures were taken, so they can be compared. */
    Report machine() {
        Runtime runtime = Runtime.getRuntime();
        put("cpus", runtime.availableProcessors());
        put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    void print(PrintStream out) {
        lines.forEach((k, v) -> out.println(k + ": " + v));
    }
}
