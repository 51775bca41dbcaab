package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.mail.OutboxLetter;
import ru.krek.optovik.api.mail.OutboxStatus;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/** The outbox in Firebird drained by the sender to a real SMTP server that answers the faults each test asks for. */
class OutboxTest {

    private Path dir;
    private Store store;
    private Outbox outbox;
    private final List<FaultSmtpServer> servers = new ArrayList<>();
    private final String run = Long.toString(System.nanoTime());

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("outbox-itest");
        store = OptovikFramework.readyStore();
        outbox = OptovikFramework.service(Outbox.class);
    }

    @AfterEach
    void stop() throws Exception {
        OptovikFramework.unconfigure(MailTest.MAIL_PID);
        MailTest.awaitSender(Mailbox.of("optovik@localhost"));
        outbox.resume();
        for (FaultSmtpServer server : servers) {
            server.close();
        }
    }

    @Test
    void everyLetterGoesOnceAndACampaignTakesAClientOnce() throws Exception {
        FaultSmtpServer server = server();
        send(server);
        Campaign campaign = queue("once", "a1", "a2", "a3");
        boolean again = store.inTransaction(sql -> outbox.enqueue(sql, outbox.campaign(sql, "itest", campaign.key()), 1, letter("a1", 1)));
        assertFalse(again);

        Map<Long, OutboxLetter> letters = awaitSettled(campaign, 3);
        assertTrue(letters.values().stream().allMatch(l -> l.status() == OutboxStatus.SENT), letters.toString());
        assertEquals(3, server.letters().size());
        String raw = Files.readString(server.letters().get(0), StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("Message-ID: <itest." + run), raw);
    }

    @Test
    void aTemporaryRefusalIsRetriedAndAPermanentOneFailsThatLetterOnlyAndSuppressesTheAddress() throws Exception {
        FaultSmtpServer server = server();
        server.rules("[{\"stage\": \"rcpt\", \"address\": \"" + address("b1") + "\", \"reply\": \"451 4.7.1 greylisted\", \"times\": 1},"
                + "{\"stage\": \"rcpt\", \"address\": \"" + address("b2") + "\", \"reply\": \"550 5.1.1 no such mailbox\"}]");
        send(server);
        Campaign campaign = queue("faults", "b1", "b2", "b3");

        Map<String, OutboxLetter> byAddress = byAddress(awaitSettled(campaign, 3));
        assertEquals(OutboxStatus.SENT, byAddress.get(address("b1")).status());
        assertEquals(2, byAddress.get(address("b1")).attempts());
        assertEquals(OutboxStatus.FAILED, byAddress.get(address("b2")).status());
        assertTrue(byAddress.get(address("b2")).lastError().contains("550 5.1.1 no such mailbox"), byAddress.toString());
        assertEquals(OutboxStatus.SENT, byAddress.get(address("b3")).status());
        assertTrue(outbox.suppressed().stream().anyMatch(s -> s.address().equals(address("b2")) && s.reason().contains("550")));

        server.rules("[]");
        Campaign next = queue("faults-next", "b2");
        OutboxLetter again = awaitSettled(next, 1).values().iterator().next();
        assertEquals(OutboxStatus.FAILED, again.status());
        assertTrue(again.lastError().contains("suppressed"), again.toString());
        assertTrue(outbox.clearSuppression(address("b2")));
        assertTrue(outbox.retry(again.id()));
        assertEquals(OutboxStatus.SENT, awaitSettled(next, 1).values().iterator().next().status());
        assertEquals(3, server.letters().size());
    }

    @Test
    void aRefusedLoginPausesSendingWithoutLosingALetter() throws Exception {
        FaultSmtpServer server = OptovikFramework.smtpServer(dir.resolve("auth"), "optovik", "верный");
        servers.add(server);
        send(server, "smtp.user", "optovik", "smtp.password", "неверный");
        Campaign campaign = queue("auth", "c1", "c2");
        OptovikFramework.await("sending to pause", () -> paused(), () -> "not paused");
        assertTrue(outbox.paused().get().contains("refused the login"), outbox.paused().get());
        Thread.sleep(1500);
        assertTrue(letters(campaign).values().stream().allMatch(l -> l.status() == OutboxStatus.QUEUED), letters(campaign).toString());

        send(server, "smtp.user", "optovik", "smtp.password", "верный");
        outbox.resume();
        assertTrue(awaitSettled(campaign, 2).values().stream().allMatch(l -> l.status() == OutboxStatus.SENT));
        assertEquals(2, server.letters().size());
    }

    @Test
    void aServerDownThenUpLosesNothing() throws Exception {
        FaultSmtpServer server = server();
        send(server);
        server.stop();
        Campaign campaign = queue("down", "d1", "d2", "d3");
        OptovikFramework.await("a failed connection", () -> letters(campaign).values().stream().anyMatch(l -> l.lastError() != null));
        server.start();
        assertTrue(awaitSettled(campaign, 3).values().stream().allMatch(l -> l.status() == OutboxStatus.SENT));
        assertEquals(3, server.letters().size());
    }

    @Test
    void aCampaignPausesAfterItsFailureLimit() throws Exception {
        FaultSmtpServer server = server();
        server.rules("[{\"stage\": \"data\", \"reply\": \"554 5.6.0 content rejected\"}]");
        send(server, "campaign.max.failures", 2);
        Campaign campaign = queue("limit", "e1", "e2", "e3");
        OptovikFramework.await("two failures", () -> letters(campaign).values().stream().filter(l -> l.status() == OutboxStatus.FAILED).count() == 2);
        Thread.sleep(1000);
        assertEquals(1, letters(campaign).values().stream().filter(l -> l.status() == OutboxStatus.QUEUED).count());
        assertTrue(outbox.campaigns().stream().anyMatch(c -> c.id() == campaign.id() && c.paused()));
        server.rules("[]");
        outbox.resume();
        OptovikFramework.await("the third letter", () -> letters(campaign).values().stream().anyMatch(l -> l.status() == OutboxStatus.SENT));
    }

    @Test
    void theCommandsShowAndSteerTheOutbox() throws Exception {
        FaultSmtpServer server = server();
        server.rules("[{\"stage\": \"rcpt\", \"address\": \"" + address("f1") + "\", \"reply\": \"550 5.1.1 unknown\"}]");
        send(server);
        RuntimeTest.gogo("mail:pause проверка паузы");
        Campaign campaign = queue("commands", "f1", "f2");
        String paused = RuntimeTest.gogo("mail:outbox --status queued");
        assertTrue(paused.startsWith("sending: paused (проверка паузы)"), paused);
        assertTrue(paused.contains(address("f2")) && paused.contains("queued"), paused);
        assertEquals("sending: on", RuntimeTest.gogo("mail:resume").strip());
        awaitSettled(campaign, 2);

        String failed = RuntimeTest.gogo("mail:outbox --status failed");
        assertTrue(failed.contains(address("f1")) && failed.contains("550 5.1.1 unknown"), failed);
        assertTrue(RuntimeTest.gogo("mail:suppressed").contains(address("f1")));
        server.rules("[]");
        assertEquals("cleared: " + address("f1"), RuntimeTest.gogo("mail:suppressed --clear " + address("f1")).strip());
        assertFalse(RuntimeTest.gogo("mail:suppressed").contains(address("f1")));
        long id = letters(campaign).values().stream().filter(l -> l.status() == OutboxStatus.FAILED).findFirst().orElseThrow().id();
        assertEquals("queued again: 1", RuntimeTest.gogo("mail:retry " + id).strip());
        assertTrue(awaitSettled(campaign, 2).values().stream().allMatch(l -> l.status() == OutboxStatus.SENT));

        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:retry " + id));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:retry"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:retry abc"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:outbox --status lost"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:suppressed --clear nobody@nowhere.example"));
        for (String command : List.of("send", "outbox", "retry", "pause", "resume", "suppressed")) {
            assertTrue(RuntimeTest.gogo("help mail:" + command).contains("usage: mail:" + command), command);
        }
    }

    @Test
    void aLetterLeftInFlightByADeadProcessIsSentOnceItsLeaseRunsOut() throws Exception {
        FaultSmtpServer server = server();
        OptovikFramework.await("nothing else in flight", () -> OutboxTest.inFlight() == 0);
        outbox.pause("a dead process holds a letter");
        Campaign campaign = queue("lease", "g1", "g2");
        long held = letters(campaign).keySet().stream().min(Long::compare).orElseThrow();
        // As a process killed while sending leaves it: claimed by another installation, lease already run out for one.
        ClientFixture.update("update mail_letter set status = 'sending', claim_owner = 'dead-host:/opt/optovik', attempts = 1, "
                + "claim_until = ? where id = ?", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), held);
        send(server);
        outbox.resume();
        Map<Long, OutboxLetter> settled = awaitSettled(campaign, 2);
        assertTrue(settled.values().stream().allMatch(l -> l.status() == OutboxStatus.SENT), settled.toString());
        assertEquals(2, settled.get(held).attempts());
        assertEquals(2, server.letters().size());
    }

    @Test
    void aSecondProcessClaimingTheSameOutboxNeverGetsALetterTheSenderSent() throws Exception {
        FaultSmtpServer server = server();
        send(server);
        String[] names = new String[120];
        for (int i = 0; i < names.length; i++) {
            names[i] = "h" + i;
        }
        Campaign campaign = queue("two", names);
        // "Process B": the sender's claim, on its own connection, as fast as it can, until nothing is left.
        int claimedByB = 0;
        while (letters(campaign).values().stream().anyMatch(l -> l.status() == OutboxStatus.QUEUED)) {
            for (OutboxLetter l : letters(campaign).values()) {
                try {
                    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
                    claimedByB += ClientFixture.update("update mail_letter set status = 'sent', claim_owner = 'process-b', sent = ? "
                            + "where id = ? and status = 'queued' and next_attempt <= ?", now, l.id(), now);
                } catch (java.sql.SQLException conflict) {
                    // the sender's claim of the same row won
                }
            }
        }
        Map<Long, OutboxLetter> settled = awaitSettled(campaign, names.length);
        assertTrue(settled.values().stream().allMatch(l -> l.status() == OutboxStatus.SENT));
        List<String> ids = new ArrayList<>();
        for (Path eml : server.letters()) {
            ids.add(MailTest.read(eml).getMessageID());
        }
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "a letter went twice");
        assertEquals(names.length, ids.size() + claimedByB, "sent by the sender " + ids.size() + ", claimed by B " + claimedByB);
    }

    private static long inFlight() {
        try {
            return Long.parseLong(ClientFixture.column("select count(*) from mail_letter where status = 'sending'").get(0));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private FaultSmtpServer server() throws Exception {
        FaultSmtpServer server = OptovikFramework.smtpServer(dir.resolve("s" + servers.size()));
        servers.add(server);
        return server;
    }

    /** Unthrottled, quick retries, to this server. */
    private void send(FaultSmtpServer server, Object... more) throws Exception {
        Object[] keys = { "rate.per.minute", 0, "retry.base.seconds", 1 };
        Object[] all = java.util.Arrays.copyOf(keys, keys.length + more.length);
        System.arraycopy(more, 0, all, keys.length, more.length);
        SmtpTest.useSmtp(server, "outbox-" + servers.indexOf(server) + "-" + all.length + "-" + System.nanoTime() % 100000 + "@krek.example", all);
    }

    private Campaign queue(String key, String... clients) throws Exception {
        return store.inTransaction(sql -> {
            Campaign campaign = outbox.campaign(sql, "itest", key + "-" + run);
            long client = 1;
            for (String name : clients) {
                assertTrue(outbox.enqueue(sql, campaign, client, letter(name, client)));
                client++;
            }
            return campaign;
        });
    }

    private Letter letter(String name, long client) {
        return Letter.builder().messageId(MessageId.of("itest." + run + "." + name + "." + client, "krek.example"))
                .from(new Mailbox("price@krek.example", "Прайс-листы КРЭК")).to(new Mailbox(address(name), "Клиент " + name))
                .subject("Прайс-лист КРЭК").text("Здравствуйте!")
                .attach(Attachment.of("Прайс-лист.csv", "text/csv; charset=UTF-8", "код;цена\n".getBytes(StandardCharsets.UTF_8))).build();
    }

    private String address(String name) {
        return name + "." + run + "@radio.example";
    }

    private boolean paused() {
        try {
            return outbox.paused().isPresent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Map<Long, OutboxLetter> letters(Campaign campaign) {
        try {
            return outbox.letters(null).stream().filter(l -> l.campaign() == campaign.id())
                    .collect(Collectors.toMap(OutboxLetter::id, Function.identity()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until the campaign's letters are all sent or failed. */
    private Map<Long, OutboxLetter> awaitSettled(Campaign campaign, int count) {
        OptovikFramework.await("campaign " + campaign.key() + " to settle", () -> {
            Map<Long, OutboxLetter> now = letters(campaign);
            return now.size() == count && now.values().stream().allMatch(l -> l.status() == OutboxStatus.SENT || l.status() == OutboxStatus.FAILED);
        }, () -> letters(campaign).toString());
        return letters(campaign);
    }

    private static Map<String, OutboxLetter> byAddress(Map<Long, OutboxLetter> letters) {
        return letters.values().stream().collect(Collectors.toMap(OutboxLetter::recipient, Function.identity()));
    }
}
