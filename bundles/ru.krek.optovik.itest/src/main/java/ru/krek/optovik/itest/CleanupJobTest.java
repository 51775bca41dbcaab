package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.Store;

/** cleanup in the running framework: what is old goes, what is recent stays, and sent letters stay as history. */
class CleanupJobTest {

    private final String run = Long.toString(System.nanoTime());

    @Test
    void oldExchangesAndTheAttachmentsOfLongSentLettersGoRecentOnesStay() throws Exception {
        CatalogFixture.freshDatabase("jobs-cleanup");
        JobsFixture.configure("cleanup.processed.days", 30, "cleanup.letters.days", 30);
        JobsFixture.awaitProperty("ru.krek.optovik.api.jobs.Job", "cleanup.letters.days", 30);
        Path processed = OptovikHome.of(OptovikFramework.context()).resolve("1c/processed");
        Path old = exchange(processed.resolve("itest-old-" + run), Duration.ofDays(40));
        Path recent = exchange(processed.resolve("itest-recent-" + run), Duration.ofDays(2));

        Store store = OptovikFramework.readyStore();
        Outbox outbox = OptovikFramework.service(Outbox.class);
        outbox.pause("cleanup test: the letters are marked sent by hand");
        try {
            Campaign campaign = store.inTransaction(sql -> {
                Campaign c = outbox.campaign(sql, "itest", "cleanup-" + run);
                for (long client = 1; client <= 2; client++) {
                    assertTrue(outbox.enqueue(sql, c, client, Letter.builder().messageId(MessageId.of("cleanup." + run + "." + client, "krek.example"))
                            .from(Mailbox.of("price@krek.example")).to(Mailbox.of("c" + client + "@radio.example")).subject("Прайс-лист").text("См. вложение")
                            .attach(Attachment.of("Прайс-лист.csv", "text/csv", "код;цена\n".getBytes(StandardCharsets.UTF_8))).build()));
                }
                return c;
            });
            sent(store, campaign, 1, Duration.ofDays(40));
            sent(store, campaign, 2, Duration.ofDays(2));

            String out = RuntimeTest.gogo("job:run cleanup");
            assertTrue(out.contains("attachments=1"), out);
            assertFalse(Files.exists(old), "an exchange 40 days old is deleted");
            assertTrue(Files.exists(recent), "an exchange 2 days old stays");
            assertEquals(0, attachments(store, campaign, 1), "the letter sent 40 days ago lost its attachment");
            assertEquals(1, attachments(store, campaign, 2), "the letter sent 2 days ago keeps it");
            assertEquals(2, outbox.letters(null).stream().filter(l -> l.campaign() == campaign.id()).count(), "both letters stay as history");
        } finally {
            outbox.resume();
        }
    }

    private static Path exchange(Path folder, Duration age) throws Exception {
        Path file = Files.writeString(Files.createDirectories(folder).resolve("import.xml"), "<КоммерческаяИнформация/>");
        FileTime then = FileTime.from(Instant.now().minus(age));
        Files.setLastModifiedTime(file, then);
        Files.setLastModifiedTime(folder, then);
        return folder;
    }

    /** As the sender marks a letter sent, but at a time in the past (the outbox keeps UTC). */
    private static void sent(Store store, Campaign campaign, long client, Duration ago) throws Exception {
        store.inTransaction(sql -> {
            try (PreparedStatement s = sql.prepareStatement("update mail_letter set status = 'sent', sent = ? where campaign_id = ? and client_id = ?")) {
                s.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minus(ago));
                s.setLong(2, campaign.id());
                s.setLong(3, client);
                assertEquals(1, s.executeUpdate());
            }
            return null;
        });
    }

    private static long attachments(Store store, Campaign campaign, long client) throws Exception {
        return store.inTransaction(sql -> {
            try (PreparedStatement s = sql.prepareStatement("select count(*) from mail_attachment a join mail_letter l on l.id = a.letter_id "
                    + "where l.campaign_id = ? and l.client_id = ?")) {
                s.setLong(1, campaign.id());
                s.setLong(2, client);
                ResultSet rs = s.executeQuery();
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
