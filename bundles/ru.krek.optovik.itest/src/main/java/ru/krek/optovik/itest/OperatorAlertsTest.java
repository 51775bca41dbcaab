package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import ru.krek.optovik.api.jobs.Jobs;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.mail.OutboxLetter;
import ru.krek.optovik.api.mail.OutboxStatus;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * Operators' alerts go through the outbox: a mail server that is down delays them, and a situation
 * raised again (a restart, a second process) is mailed once. (A failed job's letter: PlatformJobsTest.)
 */
class OperatorAlertsTest {

    private final JobsFixture fixture = new JobsFixture();

    @AfterEach
    void unregister() throws Exception {
        fixture.close();
    }

    @Test
    void anAlertRaisedWhileTheMailServerIsDownIsSentWhenItIsBack() throws Exception {
        CatalogFixture.freshDatabase("jobs-alert-smtp");
        JobsFixture.configure("alert.to", "ops@krek.example");
        JobsFixture.awaitProperty("ru.krek.optovik.jobs.internal.OperatorAlerts", "alert.to", "ops@krek.example");
        fixture.job("itest-fails", List.of(), context -> {
            throw new IllegalStateException("нет связи со складом");
        });
        Outbox outbox = OptovikFramework.service(Outbox.class);
        try (FaultSmtpServer server = OptovikFramework.smtpServer(Files.createTempDirectory("alert-smtp"))) {
            SmtpTest.useSmtp(server, "alerts@krek.example", "rate.per.minute", 0, "retry.base.seconds", 1);
            server.stop();

            String failed = assertThrows(IllegalStateException.class, () -> RuntimeTest.gogo("job:run itest-fails")).getMessage();
            Matcher m = Pattern.compile("run (\\d+) of itest-fails failed.*").matcher(failed);
            assertTrue(m.matches(), failed);
            Campaign campaign = outbox.findCampaign("alert", "job-run-" + m.group(1)).orElseThrow();
            OptovikFramework.await("a failed attempt to mail the alert", () -> lettersOf(outbox, campaign).stream()
                    .anyMatch(l -> l.lastError() != null && l.status() != OutboxStatus.SENT));

            server.start();
            OptovikFramework.await("the alert sent once the server is back", () -> lettersOf(outbox, campaign).stream()
                    .allMatch(l -> l.status() == OutboxStatus.SENT), () -> lettersOf(outbox, campaign).toString());
            assertEquals(1, server.letters().size());
            assertEquals("Оптовик: задание itest-fails (запуск " + m.group(1) + ") завершилось ошибкой",
                    MailTest.read(server.letters().get(0)).getSubject());
        } finally {
            OptovikFramework.unconfigure(MailTest.MAIL_PID);
            MailTest.awaitSender(Mailbox.of("optovik@localhost"));
            outbox.resume();
        }
    }

    @Test
    void pausedSendingAndAPausedCampaignAreMailedOncePerDay() throws Exception {
        CatalogFixture.freshDatabase("jobs-mail-watch");
        JobsFixture.configure("alert.to", "ops@krek.example");
        JobsFixture.awaitProperty("ru.krek.optovik.jobs.internal.OperatorAlerts", "alert.to", "ops@krek.example");
        Outbox outbox = OptovikFramework.service(Outbox.class);
        try (FaultSmtpServer server = OptovikFramework.smtpServer(Files.createTempDirectory("watch-smtp"))) {
            server.rules("[{\"stage\": \"data\", \"reply\": \"554 5.6.0 content rejected\"}]");
            SmtpTest.useSmtp(server, "watch@krek.example", "rate.per.minute", 0, "campaign.max.failures", 1);
            Campaign refused = OptovikFramework.readyStore().inTransaction(sql -> {
                Campaign c = outbox.campaign(sql, "itest", "watch-" + System.nanoTime());
                for (long client = 1; client <= 2; client++) {
                    outbox.enqueue(sql, c, client, Letter.builder().messageId(MessageId.of("watch." + System.nanoTime(), "krek.example"))
                            .from(Mailbox.of("price@krek.example")).to(Mailbox.of("c" + client + "@radio.example"))
                            .subject("Прайс-лист").text("Здравствуйте!").build());
                }
                return c;
            });
            OptovikFramework.await("the campaign to pause after its failure", () -> {
                try {
                    return outbox.campaigns().stream().anyMatch(c -> c.id() == refused.id() && c.paused());
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
            });
            outbox.pause("проверка оповещений");

            String out = RuntimeTest.gogo("job:run mail-watch");
            assertTrue(out.contains("paused-campaigns=1") && out.contains("sending-paused=1"), out);
            String day = LocalDate.now().toString();
            List<Campaign> alerts = outbox.campaigns().stream().filter(c -> c.kind().equals("alert")).toList();
            assertEquals(2, alerts.size(), alerts.toString());
            assertTrue(alerts.stream().anyMatch(c -> c.key().equals("campaign-paused-" + refused.id() + "-" + day)), alerts.toString());
            assertTrue(alerts.stream().anyMatch(c -> c.key().startsWith("mail-paused-" + day + "-")), alerts.toString());
            for (Campaign alert : alerts) {
                List<OutboxLetter> letters = lettersOf(outbox, alert);
                assertEquals(1, letters.size(), letters.toString());
                assertEquals("ops@krek.example", letters.get(0).recipient());
                assertEquals(OutboxStatus.QUEUED, letters.get(0).status(), "it waits while sending is paused");
            }

            RuntimeTest.gogo("job:run mail-watch");
            assertEquals(2, outbox.campaigns().stream().filter(c -> c.kind().equals("alert")).mapToLong(c -> lettersOf(outbox, c).size()).sum(),
                    "the same situation, the same day: no second letter");
        } finally {
            OptovikFramework.unconfigure(MailTest.MAIL_PID);
            MailTest.awaitSender(Mailbox.of("optovik@localhost"));
            outbox.resume();
        }
    }

    static List<OutboxLetter> lettersOf(Outbox outbox, Campaign campaign) {
        try {
            return outbox.letters(null).stream().filter(l -> l.campaign() == campaign.id()).toList();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void filesStuckInTheDropFolderAreMailedOnceEvenAfterARestart() throws Exception {
        CatalogFixture.freshDatabase("jobs-stuck");
        JobsFixture.configure("alert.to", "ops@krek.example", "alert.inbox.stuck.minutes", 30);
        JobsFixture.awaitProperty("ru.krek.optovik.jobs.internal.OperatorAlerts", "alert.to", "ops@krek.example");
        JobsFixture.awaitProperty("ru.krek.optovik.api.jobs.Job", "alert.inbox.stuck.minutes", 30);
        String folder = "itest-stuck-" + System.nanoTime(); // not the drop folder: its watcher would take the file
        Path stuck = Files.writeString(Files.createDirectories(CatalogFixture.home().resolve(folder)).resolve("offers-" + System.nanoTime() + ".xml"), "<КоммерческаяИнформация/>");
        Files.setLastModifiedTime(stuck, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertTrue(RuntimeTest.gogo("job:run inbox-watch inbox=" + folder).contains("stuck=1"));
        OptovikFramework.await("the stuck-files alert sent from the outbox", () -> stuckAlerts().stream()
                .anyMatch(l -> l.status() == OutboxStatus.SENT && l.recipient().equals("ops@krek.example")
                        && l.subject().equals("Оптовик: файлы в папке обмена лежат дольше 30 мин.")));

        // a restart forgets what this process alerted; the outbox remembers the situation
        Bundle jobsBundle = FrameworkUtil.getBundle(OptovikFramework.service(Jobs.class).getClass());
        jobsBundle.stop();
        jobsBundle.start();
        OptovikFramework.await("inbox-watch to run again after the restart", () -> {
            try {
                return RuntimeTest.gogo("job:run inbox-watch inbox=" + folder).contains("stuck=1");
            } catch (Exception e) {
                return false; // the jobs bundle's components are still coming up
            }
        });
        assertEquals(1, stuckAlerts().size(), "the same stuck files are mailed once: " + stuckAlerts());
    }

    private static List<OutboxLetter> stuckAlerts() {
        try {
            Outbox outbox = OptovikFramework.service(Outbox.class);
            return outbox.campaigns().stream().filter(c -> c.kind().equals("alert") && c.key().startsWith("inbox-stuck-"))
                    .flatMap(c -> lettersOf(outbox, c).stream()).toList();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
