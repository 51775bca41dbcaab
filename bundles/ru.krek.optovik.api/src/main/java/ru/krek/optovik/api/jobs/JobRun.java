package ru.krek.optovik.api.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a job, as recorded.
 *
 * @param id        the run's number, unique in the database
 * @param job       the job's name
 * @param startedBy who or what started it: "schedule", "retry of 12", an operator's shell user
 * @param parameters the parameters it ran with (defaults filled in)
 * @param scheduled the schedule time it ran for; empty for a run on demand
 * @param started   when it started
 * @param finished  when it ended; empty while running
 * @param status    where it is
 * @param done      units done so far
 * @param total     units in all; 0 when not known
 * @param counts    the named counts the job reported
 * @param error     why it failed or was cancelled; empty otherwise
 */
public record JobRun(long id, String job, String startedBy, Map<String, String> parameters,
        Optional<Instant> scheduled, Instant started, Optional<Instant> finished, Status status, long done, long total,
        Map<String, Long> counts, String error) {

    public JobRun {
        parameters = Map.copyOf(parameters);
        counts = Map.copyOf(counts);
    }

    public enum Status {
        RUNNING, SUCCEEDED, FAILED, CANCELLED;

        /** The one English word the shell prints and the database keeps. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /** Units per second since the start; 0 before any. */
    public double rate(Instant now) {
        double seconds = Duration.between(started, finished.orElse(now)).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }
}
