package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two exported runtimes on one database on the Firebird server, both with the cleanup job scheduled
 * every minute (real minutes: the processes have no test clock), run each scheduled firing once: one
 * run per (job, fire time) in job_run. Each process's log shows that both schedulers went for every
 * firing and only one started it, or the test would prove nothing about claiming through the database.
 */
class TwoSchedulersIT {

    private static final int FIRINGS = 2;
    /** JobScheduler's lines for a firing: it started the run, or another process had claimed it, or the job was running. */
    private static final Pattern FIRING = Pattern.compile("Scheduled (?:job cleanup started as run \\d+ \\(for (\\S+)\\)"
            + "|job cleanup at (\\S+) was claimed by another process|run of cleanup at (\\S+) skipped)");

    @TempDir
    Path work;

    /** One scheduled run as job_run records it. */
    private record Run(long id, String job, Instant scheduled, String status, String owner) {
    }

    @Test
    void twoProcessesOnOneDatabaseRunEachScheduledFiringOnce() throws Exception {
        try (ServerDatabase database = new ServerDatabase("two-schedulers")) {
            OptovikProcess a = runtime(database, "a");
            OptovikProcess b = runtime(database, "b");
            try {
                try (Connection sql = database.startInTurn(a, b, "job_schedule_claim")) {
                    Instant bothUp = Instant.now();
                    Map<String, String> process = Map.of(a.pid(), "a", b.pid(), "b");
                    Instant deadline = bothUp.plus(Duration.ofMinutes(FIRINGS + 2));
                    while (counted(runs(sql), bothUp).size() < FIRINGS) {
                        assertTrue(Instant.now().isBefore(deadline), "scheduled cleanups since both came up: " + runs(sql));
                        Thread.sleep(1000);
                    }
                    Thread.sleep(5000); // the other process, had it started the same firing, would have recorded it by now

                    List<Run> all = runs(sql);
                    Map<String, List<Run>> perFiring = all.stream().collect(Collectors.groupingBy(r -> r.job() + " at " + r.scheduled(),
                            TreeMap::new, Collectors.toList()));
                    Map<String, Long> perProcess = all.stream().collect(Collectors.groupingBy(r -> process.getOrDefault(
                            r.owner().substring(0, r.owner().indexOf('@')), r.owner()), TreeMap::new, Collectors.counting()));
                    Map<Instant, String> triedByA = firings(a);
                    Map<Instant, String> triedByB = firings(b);
                    System.out.printf("two schedulers: %d scheduled runs for %d firings %s (%d of cleanup since both were up at %s) in %d s, "
                            + "runs by process %s; cleanup firings a: %s; b: %s%n", all.size(), perFiring.size(), perFiring.keySet(),
                            counted(all, bothUp).size(), bothUp, Duration.between(bothUp, Instant.now()).toSeconds(), perProcess, triedByA, triedByB);
                    perFiring.forEach((firing, runs) -> assertEquals(1, runs.size(), firing + " ran more than once: " + runs));
                    assertTrue(all.stream().allMatch(r -> r.status().equals("SUCCEEDED")), "runs: " + all);
                    assertEquals(perFiring.size(), ServerDatabase.count(sql, "select count(*) from job_schedule_claim"), "one claim per firing");
                    assertTrue(perProcess.keySet().stream().allMatch(p -> p.equals("a") || p.equals("b")), "runs by " + perProcess);
                    for (Run run : counted(all, bothUp)) {
                        String byA = triedByA.get(run.scheduled());
                        String byB = triedByB.get(run.scheduled());
                        assertTrue(byA != null && byB != null, "both schedulers went for " + run.scheduled() + ": a " + byA + ", b " + byB);
                        assertEquals(1, (byA.equals("started") ? 1 : 0) + (byB.equals("started") ? 1 : 0),
                                "one of them started " + run.scheduled() + ": a " + byA + ", b " + byB);
                        assertEquals(byA.equals("started") ? "a" : "b", process.get(run.owner().substring(0, run.owner().indexOf('@'))));
                    }
                }
            } finally {
                a.kill();
                b.kill();
            }
        }
    }

    /**
     * A runtime with its own home and etc on the database: the shipped optovik.jobs with cleanup every
     * minute, and the scheduler's debug lines (which say when another process claimed a firing) logged.
     */
    private OptovikProcess runtime(ServerDatabase database, String name) throws Exception {
        Path etc = database.etc(work.resolve("etc-" + name));
        Files.writeString(etc.resolve("optovik.jobs.cfg"), "\ncleanup.cron = * * * * *\n", StandardOpenOption.APPEND);
        Path logback = etc.resolve("logback.xml");
        String shipped = Files.readString(logback);
        assertTrue(shipped.contains("  <root "), "run/etc/logback.xml has no root logger line");
        Files.writeString(logback, shipped.replace("  <root ", "  <logger name=\"ru.krek.optovik.jobs.internal.JobScheduler\" level=\"DEBUG\"/>\n  <root "));
        return new OptovikProcess(work.resolve("home-" + name), etc);
    }

    /** The scheduler's runs, oldest first. */
    private static List<Run> runs(Connection sql) throws Exception {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement s = sql.prepareStatement("select id, job, scheduled, status, owner from job_run "
                + "where started_by = 'schedule' order by id"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                runs.add(new Run(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(4), rs.getString(5)));
            }
        }
        return runs;
    }

    /** The cleanup runs for fire times after both processes were up, ended. */
    private static List<Run> counted(List<Run> runs, Instant since) {
        return runs.stream().filter(r -> r.job().equals("cleanup") && r.scheduled().isAfter(since) && !r.status().equals("RUNNING")).toList();
    }

    /** From the runtime's log: per cleanup fire time, "started" or "refused" (claimed elsewhere, or already running). */
    private static Map<Instant, String> firings(OptovikProcess runtime) throws Exception {
        Map<Instant, String> firings = new TreeMap<>();
        for (String line : Files.readAllLines(runtime.home.resolve("log/optovik.log"), StandardCharsets.UTF_8)) {
            Matcher m = FIRING.matcher(line);
            if (m.find()) {
                String started = m.group(1);
                firings.merge(Instant.parse(started != null ? started : m.group(2) != null ? m.group(2) : m.group(3)),
                        started != null ? "started" : "refused", (x, y) -> x + "+" + y);
            }
        }
        return firings;
    }
}
