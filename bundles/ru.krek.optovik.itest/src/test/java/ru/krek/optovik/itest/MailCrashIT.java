package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        String password = env("OPTOVIK_TEST_FB_PASSWORD");
        Path database = Path.of(env("OPTOVIK_TEST_FB_DIR"), "mail-crash-" + System.nanoTime() + ".fdb");
        String url = "jdbc:firebird://127.0.0.1:3050/" + database;
        Path root = Path.of(System.getenv("OPTOVIK_ROOT")).toRealPath();
        Path spool = work.resolve("spool");
        int smtpPort = freePort();
        Process smtp = new ProcessBuilder("/usr/bin/python3", root.resolve("bundles/ru.krek.optovik.mail/src/test/smtpd/fault-smtpd.py").toString(),
                "--port", Integer.toString(smtpPort), "--spool", spool.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Runtime runtime = new Runtime(root, work.resolve("home"), etc(root, url, password, smtpPort));
        try {
            assertEquals("ready", new BufferedReader(new InputStreamReader(smtp.getInputStream(), StandardCharsets.UTF_8)).readLine());
            runtime.start();
            try (Connection sql = DriverManager.getConnection(url + "?charSet=UTF-8", "SYSDBA", password)) {
                awaitOutbox(sql);
                queue(sql);
                Random random = new Random(6);
                for (int kill = 0; kill < KILLS; kill++) {
                    Thread.sleep(random.nextInt(1500));
                    runtime.kill();
                    runtime.start();
                }
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
                while (count(sql, "select count(*) from mail_letter where status <> 'sent'") > 0) {
                    assertTrue(System.nanoTime() < deadline, "letters left unsent: " + count(sql, "select count(*) from mail_letter where status <> 'sent'"));
                    Thread.sleep(500);
                }
            }
            runtime.stop();
            Map<String, Integer> received = new HashMap<>();
            try (Stream<Path> files = Files.list(spool)) {
                for (Path eml : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".eml"))::iterator) {
                    received.merge(messageId(eml), 1, Integer::sum);
                }
            }
            int total = received.values().stream().mapToInt(Integer::intValue).sum();
            System.out.println("mail crash: " + KILLS + " kills, " + received.size() + " letters served, " + (total - received.size()) + " sent twice");
            assertEquals(LETTERS, received.size(), "every client served");
            assertTrue(total - LETTERS <= KILLS, (total - LETTERS) + " duplicates for " + KILLS + " kills");
            assertTrue(received.values().stream().allMatch(n -> n <= 2), "no letter more than twice");
        } finally {
            runtime.kill();
            smtp.destroy();
            Files.deleteIfExists(database);
        }
    }

    /** The schema migrates once the runtime reaches the database, perhaps after /health answers. */
    private static void awaitOutbox(Connection sql) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                count(sql, "select count(*) from mail_sender_state");
                return;
            } catch (java.sql.SQLException notYet) {
                assertTrue(System.nanoTime() < deadline, "no outbox tables: " + notYet.getMessage());
                Thread.sleep(500);
            }
        }
    }

    /** One campaign of LETTERS letters, in one transaction, as Outbox.enqueue writes them. */
    private static void queue(Connection sql) throws Exception {
        sql.setAutoCommit(false);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement campaign = sql.prepareStatement("insert into mail_campaign (kind, campaign_key, created) values ('crash', 'it', ?)")) {
            campaign.setObject(1, now);
            campaign.executeUpdate();
        }
        try (PreparedStatement letter = sql.prepareStatement("insert into mail_letter (campaign_id, client_id, message_id, sender, recipient, "
                + "subject, body_text, status, next_attempt, created) select id, ?, ?, ?, ?, ?, ?, 'queued', ?, ? from mail_campaign where kind = 'crash'")) {
            for (int i = 1; i <= LETTERS; i++) {
                letter.setLong(1, i);
                letter.setString(2, "<crash." + i + "@krek.example>");
                letter.setString(3, "price@krek.example\tПрайс-листы КРЭК");
                letter.setString(4, "client" + i + "@radio.example\tКлиент " + i);
                letter.setString(5, "Прайс-лист ООО «КРЭК»");
                letter.setString(6, "Здравствуйте! Письмо " + i + ".");
                letter.setObject(7, now);
                letter.setObject(8, now);
                letter.addBatch();
            }
            letter.executeBatch();
        }
        sql.commit();
        sql.setAutoCommit(true);
    }

    /** The shipped configuration, on the server database, sending unthrottled to the loopback server. */
    private Path etc(Path root, String url, String password, int smtpPort) throws IOException {
        Path etc = Files.createDirectories(work.resolve("etc"));
        try (Stream<Path> shipped = Files.walk(root.resolve("run/etc"))) {
            for (Path file : (Iterable<Path>) shipped::iterator) {
                Path target = etc.resolve(root.resolve("run/etc").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(etc.resolve("optovik.db.cfg"), "url = " + url + "\nuser = SYSDBA\npassword = " + password + "\n");
        Files.writeString(etc.resolve("optovik.mail.cfg"), "from = price@krek.example\nsmtp.host = 127.0.0.1\nsmtp.port = " + smtpPort
                + "\nsmtp.tls = none\nsmtp.timeout.seconds = 5\nrate.per.minute = 3000\nretry.base.seconds = 1\n");
        return etc;
    }

    private static long count(Connection sql, String query) throws Exception {
        try (PreparedStatement s = sql.prepareStatement(query); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String messageId(Path eml) throws IOException {
        for (String line : Files.readAllLines(eml, StandardCharsets.ISO_8859_1)) {
            if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                return line.substring(11).strip();
            }
        }
        throw new IOException("no Message-ID in " + eml);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: run the tests through run/test, which starts a Firebird server");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** run/optovik in a home of its own; kill is kill -9 of the java process. */
    private static final class Runtime {
        private final Path launcher;
        private final Path home;
        private final Path etc;
        private final int http;
        private final int ssh;

        Runtime(Path root, Path home, Path etc) throws IOException {
            this.launcher = root.resolve("run/optovik");
            this.home = Files.createDirectories(home);
            this.etc = etc;
            this.http = freePort();
            this.ssh = freePort();
        }

        void start() throws Exception {
            run("start");
        }

        void stop() throws Exception {
            run("stop");
        }

        void kill() throws Exception {
            Path pidFile = home.resolve("optovik.pid");
            if (Files.exists(pidFile)) {
                String pid = Files.readString(pidFile).strip();
                new ProcessBuilder("kill", "-9", pid).start().waitFor();
                Path stat = Path.of("/proc", pid, "stat");
                for (int i = 0; i < 200 && Files.exists(stat) && !Files.readString(stat).contains(") Z "); i++) {
                    Thread.sleep(50); // gone, or a zombie nobody reaps (a container's init)
                }
            }
        }

        private void run(String command) throws Exception {
            List<String> args = new ArrayList<>(List.of(launcher.toString(), command));
            ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
            builder.environment().putAll(Map.of("OPTOVIK_HOME", home.toString(), "OPTOVIK_ETC", etc.toString(),
                    "OPTOVIK_HTTP_PORT", Integer.toString(http), "OPTOVIK_SSH_PORT", Integer.toString(ssh)));
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("run/optovik " + command + " failed: " + out);
            }
        }
    }
}
