package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.itest.LoopbackSmtp.Delivery;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * Crash safety of the outbox: the exported runtime, on the Firebird server, sends a 500-letter campaign
 * to a loopback SMTP server and is killed with kill -9 at 20 random moments, restarted each time. In the
 * end every letter reached the server, and no more letters went twice than there were kills.
 */
class MailCrashIT {

    private static final int LETTERS = 500;
    private static final int KILLS = 20;

    @TempDir
    Path work;

    @Test
    void killedTwentyTimesMidCampaignItLosesNoLetterAndDuplicatesAtMostOnePerKill() throws Exception {
        try (ServerDatabase database = new ServerDatabase("mail-crash")) {
            FaultSmtpServer smtp = LoopbackSmtp.start(work.resolve("smtp"));
            Path etc = database.etc(work.resolve("etc"));
            LoopbackSmtp.configure(etc, smtp, "price@krek.example", 3000);
            OptovikProcess runtime = new OptovikProcess(work.resolve("home"), etc);
            try {
                runtime.start();
                try (Connection sql = database.connect()) {
                    ServerDatabase.awaitTable(sql, "mail_sender_state");
                    OutboxCampaign.queue(sql, "crash", LETTERS);
                    Random random = new Random(6);
                    for (int kill = 0; kill < KILLS; kill++) {
                        Thread.sleep(random.nextInt(1500));
                        runtime.kill();
                        runtime.start();
                    }
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                    while (OutboxCampaign.unsent(sql) > 0) {
                        assertTrue(System.nanoTime() < deadline, "letters left unsent: " + OutboxCampaign.unsent(sql));
                        Thread.sleep(500);
                    }
                }
                runtime.stop();
                Map<String, Integer> received = new HashMap<>();
                for (Delivery letter : LoopbackSmtp.received(smtp)) {
                    received.merge(letter.messageId(), 1, Integer::sum);
                }
                int total = received.values().stream().mapToInt(Integer::intValue).sum();
                System.out.println("mail crash: " + KILLS + " kills, " + received.size() + " letters served, " + (total - received.size()) + " sent twice");
                assertEquals(LETTERS, received.size(), "every client served");
                assertTrue(total - LETTERS <= KILLS, (total - LETTERS) + " duplicates for " + KILLS + " kills");
                assertTrue(received.values().stream().allMatch(n -> n <= 2), "no letter more than twice");
            } finally {
                runtime.kill();
                smtp.close();
            }
        }
    }
}
