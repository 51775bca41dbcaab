package ru.krek.optovik.api.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One import, successful or not.
 *
 * @param id            run id, increasing
 * @param source        where it came from
 * @param schemaVersion the CommerceML version of its files ("2.10"; several joined by ", "); null if
 *                      none was read
 * @param status        where it stands
 * @param started       when it began
 * @param finished      when it ended; null while running
 * @param counts        what it delivered and changed
 * @param warnings      the problems that did not stop it (may be capped, see {@link ImportCounts#warnings()})
 * @param error         why it failed; null unless failed
 */
public record ImportRun(long id, ImportSource source, String schemaVersion, Status status, Instant started,
        Instant finished, ImportCounts counts, List<String> warnings, String error) {

    public ImportRun {
        warnings = List.copyOf(warnings);
    }

    public enum Status {
        RUNNING, SUCCEEDED, FAILED;

        /** The word scripts read: running, succeeded, failed. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
