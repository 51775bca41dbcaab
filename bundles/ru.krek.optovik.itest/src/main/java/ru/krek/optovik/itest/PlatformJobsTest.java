package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.mail.OutboxLetter;
import ru.krek.optovik.api.mail.OutboxStatus;
import ru.krek.optovik.api.store.DatabaseBackup;

/** The platform's own jobs (backup, import), alerts, and the job: commands as operators use them. */
class PlatformJobsTest {

    private final JobsFixture fixture = new JobsFixture();

    @AfterEach
    void unregister() throws Exception {
        fixture.close();
    }

    @Test
    void backupWritesARestorableFileAndKeepsTheNewest() throws Exception {
        CatalogFixture.freshDatabase("jobs-backup");
        JobsFixture.configure("backup.keep", 2);
        JobsFixture.awaitProperty("ru.krek.optovik.api.jobs.Job", "backup.keep", 2);
        Path folder = CatalogFixture.home().resolve("backup");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Jobs jobs = OptovikFramework.service(Jobs.class);
        List<JobRun> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JobRun run = jobs.await(jobs.start("backup", Map.of(), "itest").id(), Duration.ofSeconds(120));
            assertEquals(JobRun.Status.SUCCEEDED, run.status(), run.error());
            assertTrue(run.counts().get("bytes") > 0, run.toString());
            runs.add(run);
        }
        List<Path> kept;
        try (Stream<Path> files = Files.list(folder)) {
            kept = files.sorted().toList();
        }
        assertEquals(2, kept.size(), "backup.keep=2: " + kept);
        Path newest = kept.get(1);
        assertTrue(newest.getFileName().toString().endsWith("-run" + runs.get(2).id() + ".fbk"), newest.toString());

        String name = "data/restored-" + System.nanoTime() + ".fdb";
        Path restored = CatalogFixture.home().resolve(name);
        String out = RuntimeTest.gogo("optovik:restore " + newest.getFileName() + " " + name);
        assertTrue(Files.size(restored) > 0);
        String url = "jdbc:firebird:embedded:" + restored;
        assertTrue(out.contains("url = " + url), "the command says how to switch: " + out);
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("optovik:restore " + newest + " " + name),
                "a restore never overwrites");
        assertThrows(java.sql.SQLException.class,
                () -> OptovikFramework.service(DatabaseBackup.class).restore(newest, restored.toString()),
                "nor does the service");
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("optovik:restore no-such.fbk data/x.fdb"));
        OptovikFramework.configureStore("url", url);
        long found = OptovikFramework.readyStore().inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select count(*) from job_run where id = ?")) {
                s.setLong(1, runs.get(1).id());
                ResultSet rs = s.executeQuery();
                rs.next();
                return rs.getLong(1);
            }
        });
        assertEquals(1, found, "the restored database holds the runs before the backup");
    }

    @Test
    void aFailedRunAlertsTheOperatorsByLetterAndIsRetriedFromTheShell() throws Exception {
        CatalogFixture.freshDatabase("jobs-alert");
        JobsFixture.configure("alert.to", "ops@krek.example");
        JobsFixture.awaitProperty("ru.krek.optovik.jobs.internal.OperatorAlerts", "alert.to", "ops@krek.example");
        AtomicInteger attempts = new AtomicInteger();
        fixture.job("itest-flaky", List.of(), context -> {
            context.progress(1, 2);
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("склад недоступен");
            }
            context.progress(2, 2);
        });
        Path pickup = Files.createDirectories(CatalogFixture.home().resolve("mail/pickup"));
        Set<Path> before = Set.copyOf(list(pickup));

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> RuntimeTest.gogo("job:run itest-flaky"));
        Matcher m = Pattern.compile("run (\\d+) of itest-flaky failed in [0-9.]+ s, 1/2 \\(50%\\), .*: склад недоступен")
                .matcher(failed.getMessage());
        assertTrue(m.matches(), failed.getMessage());
        long run = Long.parseLong(m.group(1));

        String subject = "Оптовик: задание itest-flaky (запуск " + run + ") завершилось ошибкой";
        OptovikFramework.await("the alert letter", () -> list(pickup).stream().filter(p -> !before.contains(p))
                .anyMatch(p -> subject(p).equals(subject)));
        List<OutboxLetter> alert = alertLetters("job-run-" + run);
        assertEquals(1, alert.size(), "the alert went through the outbox: " + alert);
        assertEquals(OutboxStatus.SENT, alert.get(0).status());
        assertEquals("ops@krek.example", alert.get(0).recipient());
        assertEquals(subject, alert.get(0).subject());

        String retried = RuntimeTest.gogo("job:run --retry " + run).trim();
        assertTrue(retried.matches("run \\d+ of itest-flaky succeeded in [0-9.]+ s, 2/2 \\(100%\\), .*"), retried);
        String list = RuntimeTest.gogo("job:list");
        assertTrue(list.lines().findFirst().orElse("").matches("run\\s+job\\s+status\\s+started\\s+finished\\s+progress.*"), list);
        assertTrue(list.contains("retry of " + run + " by console"), list);
        assertTrue(list.lines().anyMatch(l -> l.matches(run + "\\s+itest-flaky\\s+failed\\s.*склад недоступен")), list);
        assertTrue(list.lines().anyMatch(l -> l.matches("backup\\s+.*")), "the jobs there are: " + list);
        assertTrue(RuntimeTest.gogo("job:log " + run).lines().anyMatch(l -> l.endsWith("  склад недоступен")));
    }

    /** The outbox letters of the alert campaign; each to the operators (client 0). */
    private static List<OutboxLetter> alertLetters(String situation) throws Exception {
        Outbox outbox = OptovikFramework.service(Outbox.class);
        Campaign campaign = outbox.findCampaign("alert", situation)
                .orElseThrow(() -> new AssertionError("no alert campaign " + situation));
        OptovikFramework.await("the alert letter sent from the outbox", () -> {
            try {
                return outbox.letters(OutboxStatus.SENT).stream().anyMatch(l -> l.campaign() == campaign.id());
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        });
        List<OutboxLetter> letters = outbox.letters(null).stream().filter(l -> l.campaign() == campaign.id()).toList();
        assertTrue(letters.stream().allMatch(l -> l.clientId() == 0), letters.toString());
        return letters;
    }

    @Test
    void theImportJobScansTheDropFolder() throws Exception {
        CatalogFixture.freshDatabase("jobs-import");
        String out = RuntimeTest.gogo("job:run import").trim();
        assertTrue(out.matches("run \\d+ of import succeeded in [0-9.]+ s, .*failed=0 imports=\\d+"), out);
    }

    @Test
    void everyJobCommandHasHelpAndBadUsageIsOneClearLine() throws Exception {
        CatalogFixture.freshDatabase("jobs-usage");
        Map<String, String> described = Map.of("job:list", "lists the runs under way", "job:run", "--detach",
                "job:cancel", "next safe point", "job:log", "a run's log", "job:schedule", "when it fires next");
        for (Map.Entry<String, String> command : described.entrySet()) {
            String help = RuntimeTest.gogo("help " + command.getKey());
            assertTrue(help.contains(command.getValue()), command.getKey() + ": " + help);
        }
        IllegalArgumentException noJob = assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:run no-such-job"));
        assertTrue(noJob.getMessage().startsWith("no job 'no-such-job'; jobs: "), noJob.getMessage());
        // other bundles register jobs too (notify: after-import, digest, notify): the platform's are among them
        assertTrue(List.of(noJob.getMessage().substring(noJob.getMessage().indexOf("jobs: ") + 6).split(", "))
                .containsAll(List.of("backup", "cleanup", "import", "inbox-watch")), noJob.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:run backup keep=3"))
                .getMessage().equals("job backup has no parameter 'keep'; it takes none"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:run backup --fast"))
                .getMessage().startsWith("unknown option --fast"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:log 987654321"))
                .getMessage().startsWith("no job run 987654321"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:cancel 987654321"))
                .getMessage().startsWith("no job run 987654321"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:list 0")).getMessage()
                .equals("usage: job:list [count]: '0' is not a count of runs (a whole number, at least 1)"));
        assertEquals("usage: job:log <run>: 'abc' is not a run number (see job:list) (a whole number, at least 1)",
                assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:log abc")).getMessage());
        assertEquals("usage: job:cancel <run>: 'last' is not a run number (see job:list) (a whole number, at least 1)",
                assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:cancel last")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:run")).getMessage()
                .startsWith("no job named; usage: job:run <job>"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("job:run --retry 987654321"))
                .getMessage().startsWith("no job run 987654321"));
        for (String usage : List.of("usage: job:list [count]", "usage: job:log <run>", "usage: job:cancel <run>", "usage: job:run <job>")) {
            String command = usage.substring(7, usage.indexOf(' ', 7));
            assertTrue(RuntimeTest.gogo("help " + command).contains(usage), command);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(Path eml) {
        try {
            MimeMessage read = MailTest.read(eml);
            return read.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
