package ru.krek.optovik.onec.internal.inbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a drop-folder exchange is complete. A subfolder is one exchange; all the loose files together
 * are another. Either is taken when it has looked the same on two polls in a row, nothing in it was
 * modified for the quiet period, no file in it is still named as being written (.part, .tmp, dotfiles)
 * and every zip in it opens. A zip that never opens is taken after {@link #STALE_FACTOR} quiet periods
 * anyway, so it ends in 1c/failed with its reason instead of lying in the inbox forever.
 */
final class InboxRule {

    static final int STALE_FACTOR = 12;

    /** An exchange ready to import: one subfolder, or the loose files. */
    record Exchange(String name, List<Path> paths, boolean folder) {
    }

    private final Duration quiet;

    InboxRule(Duration quiet) {
        this.quiet = quiet;
    }

    /**
     * @param now      this poll: every top-level entry of the inbox (in-progress names left out)
     * @param previous the poll before
     */
    List<Exchange> complete(Map<Path, Arrival> now, Map<Path, Arrival> previous, Instant clock) {
        List<Exchange> ready = new ArrayList<>();
        List<Path> loose = new ArrayList<>();
        boolean looseReady = true;
        for (Map.Entry<Path, Arrival> e : now.entrySet()) {
            Path path = e.getKey();
            boolean ok = ready(e.getValue(), previous.get(path), clock);
            if (e.getValue().folder()) {
                if (ok) {
                    ready.add(new Exchange(path.getFileName().toString(), List.of(path), true));
                }
            } else {
                loose.add(path);
                looseReady &= ok;
            }
        }
        if (!loose.isEmpty() && looseReady) {
            loose.sort(null);
            ready.add(new Exchange("inbox", List.copyOf(loose), false));
        }
        ready.sort((a, b) -> a.name().compareTo(b.name()));
        return ready;
    }

    boolean ready(Arrival now, Arrival before, Instant clock) {
        if (before == null || !before.equals(now) || now.writing() || now.files() == 0) {
            return false;
        }
        Duration age = Duration.ofMillis(clock.toEpochMilli() - now.newest());
        if (age.compareTo(quiet) < 0) {
            return false;
        }
        return now.readable() || age.compareTo(quiet.multipliedBy(STALE_FACTOR)) >= 0;
    }
}
