package ru.krek.optovik.jobs.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.JobAlreadyRunningException;
import ru.krek.optovik.api.jobs.JobException;

/**
 * Starts the scheduled runs: every second it asks the clock ({@link JobClock}) which fire times passed,
 * and claims each through the database, so of two processes on one database only one runs it.
 * Fire times missed while Optovik was down are not caught up, as with cron.
 */
@Component(service = {}, immediate = true, configurationPid = "optovik.jobs")
@Designate(ocd = JobsConfig.class)
public final class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    private static final long TICK_MS = 1_000;
    private static final int BEAT_EVERY_TICKS = 5;

    private final JobRunner runner;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "optovik-job-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    /** Touched on the ticker thread only. */
    private Instant lastCheck;
    private Clock lastClock;
    private int ticks;
    private String lastProblem;

    @Activate
    public JobScheduler(JobsConfig config, Map<String, Object> configuration, @Reference JobRunner runner) {
        this.runner = runner;
        try {
            runner.useSchedules(Schedules.of(withDefaults(config, configuration)));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; no job is scheduled until it is corrected", e.getMessage());
        }
        ticker.scheduleWithFixedDelay(this::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    }

    /** An invalid expression keeps the schedules of the last good configuration. */
    @Modified
    void modified(JobsConfig config, Map<String, Object> configuration) {
        try {
            runner.useSchedules(Schedules.of(withDefaults(config, configuration)));
            LOG.info("Job schedules: {}", runner.schedule().stream().map(s -> s.job() + " '" + s.cron() + "'").toList());
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping the previous schedules", e.getMessage());
        }
    }

    /** The platform jobs' schedules with their metatype defaults, and any other {@code <job>.cron} key as given. */
    static Map<String, Object> withDefaults(JobsConfig config, Map<String, Object> configuration) {
        Map<String, Object> all = new HashMap<>(configuration);
        all.put("import.cron", config.import_cron());
        all.put("backup.cron", config.backup_cron());
        all.put("cleanup.cron", config.cleanup_cron());
        all.put("inbox-watch.cron", config.inbox$_$watch_cron());
        all.put("mail-watch.cron", config.mail$_$watch_cron());
        return all;
    }

    private void tick() {
        try {
            JobClock.Current time = runner.time();
            Clock clock = time.clock();
            Instant now = clock.instant();
            if (clock != lastClock) { // fire times count from when this clock was taken, never before
                LOG.debug("Job scheduler goes by {} (since {})", clock, time.since());
                lastClock = clock;
                lastCheck = time.since();
            }
            if (now.isBefore(lastCheck)) { // the clock was set back: nothing fires twice
                lastCheck = now;
            }
            if (now.isAfter(lastCheck)) {
                LOG.debug("tick {} -> {}", lastCheck, now);
                for (Schedules.Due due : runner.schedules().due(lastCheck, now, clock.getZone())) {
                    fire(due);
                }
                lastCheck = now;
            }
            if (++ticks % BEAT_EVERY_TICKS == 0) {
                runner.beat();
            }
        } catch (RuntimeException | LinkageError e) { // the ticker must survive, or nothing fires again
            LOG.error("Job scheduler: {}", e.toString(), e);
        }
    }

    private void fire(Schedules.Due due) {
        if (runner.jobs().stream().noneMatch(j -> j.name().equals(due.job()))) {
            once("optovik.jobs: " + due.job() + ".cron names no registered job; nothing runs at " + due.fireTime());
            return;
        }
        try {
            runner.start(due.job(), Map.of(), "schedule", due.fireTime()).ifPresentOrElse(
                    run -> LOG.info("Scheduled job {} started as run {} (for {})", due.job(), run.id(), due.fireTime()),
                    () -> LOG.debug("Scheduled job {} at {} was claimed by another process", due.job(), due.fireTime()));
            lastProblem = null;
        } catch (JobAlreadyRunningException e) {
            LOG.warn("Scheduled run of {} at {} skipped: {}", due.job(), due.fireTime(), e.getMessage());
        } catch (JobException e) {
            once("Scheduled run of " + due.job() + " at " + due.fireTime() + " not started: " + e.getMessage());
        }
    }

    /** One line per distinct problem, not one per tick. */
    private void once(String problem) {
        if (!problem.equals(lastProblem)) {
            LOG.error(problem);
            lastProblem = problem;
        }
    }

    @Deactivate
    void deactivate() {
        ticker.shutdownNow();
        runner.useSchedules(Schedules.none());
    }
}
