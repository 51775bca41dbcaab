package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.itest.LoopbackSmtp.Delivery;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * How KREK scales out: two exported runtimes, each with its own home and configuration, on one
 * database on the Firebird server, drain one campaign to one loopback SMTP server. Every letter
 * arrives exactly once, and both processes sent some of them (told apart by their EHLO names), or
 * the test would prove nothing about claiming letters through the database.
 */
class TwoSendersIT {

    private static final int LETTERS = 400;
    /** Per process: slow enough that neither drains the campaign before the other joins in. */
    private static final int PER_MINUTE = 1200;

    @TempDir
    Path work;

    @Test
    void twoProcessesOnOneDatabaseSendEveryLetterOfACampaignExactlyOnce() throws Exception {
        try (ServerDatabase database = new ServerDatabase("two-senders")) {
            FaultSmtpServer smtp = LoopbackSmtp.start(work.resolve("smtp"));
            OptovikProcess a = runtime(database, smtp, "a");
            OptovikProcess b = runtime(database, smtp, "b");
            try {
                try (Connection sql = database.startInTurn(a, b, "mail_sender_state")) {
                    long queued = System.nanoTime();
                    OutboxCampaign.queue(sql, "two", LETTERS);
                    long deadline = queued + TimeUnit.MINUTES.toNanos(4);
                    while (OutboxCampaign.unsent(sql) > 0) {
                        assertTrue(System.nanoTime() < deadline, "letters left unsent: " + OutboxCampaign.unsent(sql));
                        Thread.sleep(200);
                    }
                    double seconds = (System.nanoTime() - queued) / 1e9;
                    a.stop();
                    b.stop();

                    List<Delivery> received = LoopbackSmtp.received(smtp);
                    Map<String, Long> perLetter = received.stream().collect(Collectors.groupingBy(Delivery::messageId, TreeMap::new, Collectors.counting()));
                    Map<String, Long> perSender = received.stream().collect(Collectors.groupingBy(Delivery::helo, TreeMap::new, Collectors.counting()));
                    long twice = perLetter.values().stream().filter(n -> n > 1).count();
                    System.out.printf("two senders: %d letters in %.1f s, by sender %s, %d sent more than once%n", received.size(), seconds,
                            perSender, twice);
                    assertEquals(IntStream.rangeClosed(1, LETTERS).mapToObj(i -> OutboxCampaign.messageId("two", i)).sorted().toList(),
                            List.copyOf(perLetter.keySet()), "every letter arrived");
                    assertEquals(0, twice, "letters sent more than once: " + perLetter.entrySet().stream().filter(e -> e.getValue() > 1).toList());
                    assertEquals(LETTERS, received.size());
                    assertEquals(List.of("a.krek.example", "b.krek.example"), List.copyOf(perSender.keySet()), "both processes sent: " + perSender);
                    assertEquals(0, ServerDatabase.count(sql, "select count(*) from mail_letter where attempts <> 1"), "every letter claimed once");
                }
            } finally {
                a.kill();
                b.kill();
                smtp.close();
            }
        }
    }

    /** A runtime with its own home and etc on the database, sending as price@NAME.krek.example (its EHLO name NAME.krek.example). */
    private OptovikProcess runtime(ServerDatabase database, FaultSmtpServer smtp, String name) throws Exception {
        Path etc = database.etc(work.resolve("etc-" + name));
        LoopbackSmtp.configure(etc, smtp, "price@" + name + ".krek.example", PER_MINUTE);
        return new OptovikProcess(work.resolve("home-" + name), etc);
    }
}
