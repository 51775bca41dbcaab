package ru.krek.optovik.jobs.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.krek.optovik.api.jobs.JobParameter;
import ru.krek.optovik.api.jobs.JobRun;

/** How the job: commands print times, progress and counts. */
final class Texts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String SHELL_THREAD = "optovik-shell-";

    private Texts() {
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    static String time(ZonedDateTime time) {
        return TIME.format(time) + " " + time.getZone().getId();
    }

    /** done/total (percent), rate per second; "-" before anything is done. */
    static String progress(JobRun run, Instant now) {
        if (run.done() == 0 && run.total() == 0) {
            return "-";
        }
        String rate = String.format(Locale.ROOT, "%.1f/s", run.rate(now));
        if (run.total() <= 0) {
            return run.done() + " done, " + rate;
        }
        return run.done() + "/" + run.total() + " (" + (run.done() * 100 / run.total()) + "%), " + rate;
    }

    static String duration(JobRun run) {
        Duration d = Duration.between(run.started(), run.finished().orElse(Instant.now()));
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    static String parameters(List<JobParameter> parameters) {
        return parameters.stream().map(p -> p.name() + (p.defaultValue().isEmpty() ? "" : "=" + p.defaultValue()))
                .collect(Collectors.joining(" "));
    }

    /** Who runs the command: the SSH user (the shell names its worker thread after it), else the console. */
    static String operator() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith(SHELL_THREAD) ? thread.substring(SHELL_THREAD.length()) : "console";
    }
}
