package ru.krek.optovik.jobs.internal;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.krek.optovik.api.jobs.ScheduledJob;

/**
 * The configured schedules: {@code <job>.cron} keys of {@code optovik.jobs}, parsed as 5-field Unix
 * cron (cron-utils). Pure: the runner's clock says what "now" is.
 */
final class Schedules {

    static final String SUFFIX = ".cron";
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    /** A job due to start for one fire time. */
    record Due(String job, Instant fireTime) {
    }

    private record Entry(String cron, ExecutionTime time) {
    }

    private final Map<String, Entry> entries;

    private Schedules(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static Schedules none() {
        return new Schedules(Map.of());
    }

    /**
     * @param configuration the PID's properties; keys other than {@code <job>.cron} are ignored, an
     *                      empty value means on demand only
     * @throws IllegalArgumentException naming the key and what is wrong with its expression
     */
    static Schedules of(Map<String, ?> configuration) {
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, ?> e : configuration.entrySet()) {
            if (!e.getKey().endsWith(SUFFIX) || !(e.getValue() instanceof String value) || value.isBlank()) {
                continue;
            }
            String job = e.getKey().substring(0, e.getKey().length() - SUFFIX.length());
            entries.put(job, new Entry(value.trim(), parse(e.getKey(), value.trim())));
        }
        return new Schedules(entries);
    }

    private static ExecutionTime parse(String key, String cron) {
        if (cron.split("\\s+").length != 5) {
            throw new IllegalArgumentException("optovik.jobs: " + key + " '" + cron
                    + "' is not a 5-field cron expression (minute hour day-of-month month day-of-week)");
        }
        try {
            return ExecutionTime.forCron(PARSER.parse(cron));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("optovik.jobs: " + key + " '" + cron + "' is not a cron expression: "
                    + e.getMessage().replaceAll("\\s+", " "), e);
        }
    }

    /**
     * The fire times in (after, now]: per job the latest one only, so a long pause (a stopped clock,
     * a suspended machine) starts a job once, not once per missed time.
     */
    List<Due> due(Instant after, Instant now, ZoneId zone) {
        List<Due> due = new ArrayList<>();
        ZonedDateTime from = after.atZone(zone);
        ZonedDateTime until = now.atZone(zone);
        entries.forEach((job, entry) -> {
            Optional<ZonedDateTime> next = entry.time().nextExecution(from);
            if (next.isEmpty() || next.get().isAfter(until)) {
                return;
            }
            ZonedDateTime latest = next.get();
            // the last fire time up to now: the one before now, or now itself when it is one
            Optional<ZonedDateTime> before = entry.time().lastExecution(until);
            if (before.isPresent() && before.get().isAfter(latest)) {
                latest = before.get();
            }
            Optional<ZonedDateTime> following = entry.time().nextExecution(latest);
            if (following.isPresent() && !following.get().isAfter(until)) {
                latest = following.get();
            }
            due.add(new Due(job, latest.toInstant()));
        });
        return due;
    }

    /** Every schedule with its next fire time after now, soonest first. */
    List<ScheduledJob> next(Instant now, ZoneId zone) {
        List<ScheduledJob> list = new ArrayList<>();
        entries.forEach((job, entry) -> list.add(new ScheduledJob(job, entry.cron(),
                entry.time().nextExecution(now.atZone(zone)))));
        list.sort(Comparator.comparing((ScheduledJob s) -> s.next().map(ZonedDateTime::toInstant).orElse(Instant.MAX))
                .thenComparing(ScheduledJob::job));
        return list;
    }
}
