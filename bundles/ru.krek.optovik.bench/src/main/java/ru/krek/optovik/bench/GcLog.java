package ru.krek.optovik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures from a unified GC log ({@code -Xlog:gc}): every collection prints
 * {@code before->after(committed)}. The largest "before" is the peak heap in use; the largest "after"
 * of a full collection (see {@link LiveHeap}) is the peak of live data, which is what stays flat when
 * memory does not grow with input (-1 when no full collection ran).
 */
record GcLog(long peakUsedMb, long peakLiveMb, int collections) {

    private static final Pattern PAUSE = Pattern.compile("Pause .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static GcLog read(Path log) throws IOException {
        long used = 0;
        long live = -1;
        int count = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                used = Math.max(used, Long.parseLong(m.group(1)));
                if (line.contains("Pause Full")) {
                    live = Math.max(live, Long.parseLong(m.group(2)));
                }
                count++;
            }
        }
        return new GcLog(used, live, count);
    }
}
