package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.jobs.JobAlreadyRunningException;
import ru.krek.optovik.api.jobs.JobParameter;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.store.Store;

/** The job runner in the framework: schedules on a test clock, claims, one run at a time, cancel, retry. */
class JobsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final JobsFixture fixture = new JobsFixture();

    @AfterEach
    void unregister() throws Exception {
        fixture.close();
    }

    private static Jobs jobs() {
        return OptovikFramework.service(Jobs.class);
    }

    private static List<JobRun> runsOf(String job) throws Exception {
        return jobs().runs(1000).stream().filter(r -> r.job().equals(job)).toList();
    }

    @Test
    void aScheduleFiresOnTheTestClockItsRunIsRecordedAndAClaimedFireTimeDoesNotRunTwice() throws Exception {
        CatalogFixture.freshDatabase("jobs-schedule");
        AtomicInteger ticks = new AtomicInteger();
        fixture.job("itest-tick", List.of(), context -> {
            ticks.incrementAndGet();
            context.log("tick");
        });
        JobsFixture.TestClock clock = fixture.clock(Instant.parse("2030-01-01T02:59:30Z"));
        JobsFixture.configure("itest-tick.cron", "0 3 * * *");
        Instant day1 = Instant.parse("2030-01-01T03:00:00Z");
        OptovikFramework.await("the schedule on the test clock", () -> jobs().schedule().stream().anyMatch(
                s -> s.job().equals("itest-tick") && s.next().map(t -> t.toInstant().equals(day1)).orElse(false)),
                () -> jobs().schedule().toString());
        String table = RuntimeTest.gogo("job:schedule");
        assertTrue(table.lines().findFirst().orElse("").matches("job\\s+cron\\s+next"), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("itest-tick\\s+0 3 \\* \\* \\*\\s+2030-01-01 03:00:00 Z")), table);

        clock.set(day1.plusSeconds(5));
        OptovikFramework.await("the scheduled run", () -> {
            try {
                return runsOf("itest-tick").stream().anyMatch(r -> r.finished().isPresent());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, JobsTest::schedulerThread);
        JobRun run = runsOf("itest-tick").get(0);
        assertEquals(JobRun.Status.SUCCEEDED, run.status(), run.error());
        assertEquals("schedule", run.startedBy());
        assertEquals(Optional.of(day1), run.scheduled());
        assertEquals(List.of("tick", "succeeded"), jobs().log(run.id()).stream().map(l -> l.text()).toList());

        // another process on the same database claimed the next fire time first: this one must not run it
        Instant day2 = Instant.parse("2030-01-02T03:00:00Z");
        OptovikFramework.readyStore().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into job_schedule_claim (job, fire_time, owner, claimed) values (?, ?, ?, ?)")) {
                s.setString(1, "itest-tick");
                s.setObject(2, LocalDateTime.ofInstant(day2, ZoneOffset.UTC));
                s.setString(3, "another-process");
                s.setObject(4, LocalDateTime.ofInstant(day2, ZoneOffset.UTC));
                return s.executeUpdate();
            }
        });
        clock.set(day2.plusSeconds(5));
        Thread.sleep(2_500); // the scheduler ticks every second: it has seen day 2 by now
        Instant day3 = Instant.parse("2030-01-03T03:00:00Z");
        clock.set(day3.plusSeconds(5));
        OptovikFramework.await("the day-3 run", () -> {
            try {
                return runsOf("itest-tick").stream().anyMatch(r -> r.scheduled().equals(Optional.of(day3)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(List.of(Optional.of(day3), Optional.of(day1)),
                runsOf("itest-tick").stream().map(JobRun::scheduled).toList(), "day 2 ran in the other process");
        OptovikFramework.await("the day-3 run to end", () -> ticks.get() == 2);
    }

    @Test
    void oneRunAtATimeCancelStopsBetweenWholeBatchesAndTheRunCanBeRetried() throws Exception {
        CatalogFixture.freshDatabase("jobs-cancel");
        Store store = OptovikFramework.readyStore();
        store.inTransaction(c -> c.createStatement().executeUpdate("create table itest_batch (run_id bigint, n integer)"));
        fixture.job("itest-batches", List.of(new JobParameter("batches", "how many batches of 10 rows", "30")), context -> {
            int batches = Integer.parseInt(context.parameter("batches"));
            context.progress(0, batches);
            for (int b = 0; b < batches; b++) {
                context.checkCancelled(); // the safe point: between transactions
                store.inTransaction(c -> {
                    try (PreparedStatement s = c.prepareStatement("insert into itest_batch (run_id, n) values (?, ?)")) {
                        for (int i = 0; i < 10; i++) {
                            s.setLong(1, context.runId());
                            s.setInt(2, i);
                            s.executeUpdate();
                        }
                    }
                    return null;
                });
                context.progress(b + 1, batches);
                Thread.sleep(100);
            }
            context.count("rows", batches * 10L);
        });

        JobRun first = jobs().start("itest-batches", Map.of(), "itest");
        JobAlreadyRunningException again = assertThrows(JobAlreadyRunningException.class,
                () -> jobs().start("itest-batches", Map.of(), "itest"));
        assertEquals("job itest-batches is already running as run " + first.id(), again.getMessage());
        assertThrows(JobAlreadyRunningException.class, () -> RuntimeTest.gogo("job:run itest-batches --detach"),
                "the shell says so too, as a failure (exit 1), not bad usage");

        OptovikFramework.await("three batches", () -> {
            try {
                return jobs().run(first.id()).orElseThrow().done() >= 3;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(RuntimeTest.gogo("job:cancel " + first.id()).contains("cancel requested"));
        JobRun cancelled = jobs().await(first.id(), WAIT);
        assertEquals(JobRun.Status.CANCELLED, cancelled.status());
        assertTrue(cancelled.done() < 30, "stopped early: " + cancelled);
        assertEquals(cancelled.done() * 10, rows(store, first.id()), "whole batches only");
        JobRun recorded = jobs().run(first.id()).orElseThrow();
        assertEquals(List.of(JobRun.Status.CANCELLED, cancelled.done(), cancelled.error()),
                List.of(recorded.status(), recorded.done(), recorded.error()), "recorded as it ended");
        assertTrue(recorded.finished().isPresent());
        assertTrue(jobs().log(first.id()).stream().anyMatch(l -> l.text().equals("cancel requested")));

        JobRun retry = jobs().retry(first.id(), "itest");
        assertEquals("retry of " + first.id() + " by itest", retry.startedBy());
        assertEquals(Map.of("batches", "30"), retry.parameters());
        JobRun done = jobs().await(retry.id(), WAIT);
        assertEquals(JobRun.Status.SUCCEEDED, done.status(), done.error());
        assertEquals(300, rows(store, retry.id()));
        assertEquals(Map.of("rows", 300L), done.counts());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> jobs().retry(retry.id(), "itest"));
        assertEquals("run " + retry.id() + " is succeeded; only a failed or cancelled run can be retried",
                refused.getMessage());
    }

    /** What the scheduler's thread is doing, for a failure's message. */
    private static String schedulerThread() {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey().getName().startsWith("optovik-job"))
                .map(e -> e.getKey().getName() + " " + e.getKey().getState() + " " + List.of(e.getValue()))
                .toList().toString();
    }

    private static long rows(Store store, long run) throws Exception {
        return store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from itest_batch where run_id = ?")) {
                s.setLong(1, run);
                var rs = s.executeQuery();
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
