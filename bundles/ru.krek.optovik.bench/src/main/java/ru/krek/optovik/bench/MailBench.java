package ru.krek.optovik.bench;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.mail.internal.smtp.SmtpConnection;
import ru.krek.optovik.mail.internal.smtp.SmtpSettings;

/**
 * `run/bench mail --letters N [--attachment-kb K] [--rate-letters M] [--rate-per-minute R]`: Optovik's SMTP
 * transport (Angus, TCP_NODELAY, one reused session) sending N letters with a K KB attachment to GreenMail
 * on loopback, beside the same transport opening a new connection for every letter, and sending to a sink
 * that keeps nothing (the transport's own pace); then the exported runtime's outbox sender mailing M price
 * lists at R letters a minute, and M more with no limit.
 */
final class MailBench {

    private static final int WARM_UP = 100;
    /** The new-connection reference is slow; this many letters measure it well enough. */
    private static final int NEW_CONNECTION_LETTERS = 200;

    private final int letters;
    private final int attachmentKb;
    private final SenderPace pace;

    MailBench(Path root, Bench.Options options) {
        this.letters = (int) options.number("letters", 1000);
        this.attachmentKb = (int) options.number("attachment-kb", 100);
        int paceLetters = (int) options.number("rate-letters", 100);
        int perMinute = (int) options.number("rate-per-minute", 600);
        if (paceLetters < 2 || perMinute < 1) {
            throw new IllegalArgumentException("--rate-letters must be at least 2 and --rate-per-minute at least 1");
        }
        this.pace = new SenderPace(root, paceLetters, perMinute);
    }

    Report run() throws Exception {
        // GreenMail logs a line per letter at INFO; at 1,000 letters that is what gets measured.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int port = freePort();
        GreenMail server = greenMail(port);
        try {
            SmtpSettings settings = SmtpSettings.plain("127.0.0.1", port, "krek.example");
            byte[] sheet = new byte[attachmentKb * 1024];
            new Random(42).nextBytes(sheet);
            try (SmtpConnection smtp = new SmtpConnection(settings, Clock.systemUTC())) {
                send(smtp, sheet, "warm", WARM_UP);
            }
            long start = System.nanoTime();
            try (SmtpConnection smtp = new SmtpConnection(settings, Clock.systemUTC())) {
                send(smtp, sheet, "reused", letters);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int fresh = Math.min(letters, NEW_CONNECTION_LETTERS);
            long freshStart = System.nanoTime();
            for (int i = 0; i < fresh; i++) {
                try (SmtpConnection smtp = new SmtpConnection(settings, Clock.systemUTC())) {
                    smtp.send(letter(sheet, "fresh", i));
                }
            }
            double freshSeconds = (System.nanoTime() - freshStart) / 1e9;
            double sinkSeconds;
            try (SinkSmtpServer sink = new SinkSmtpServer();
                    SmtpConnection smtp = new SmtpConnection(SmtpSettings.plain("127.0.0.1", sink.port(), "krek.example"), Clock.systemUTC())) {
                send(smtp, sheet, "sink-warm", WARM_UP);
                long sinkStart = System.nanoTime();
                send(smtp, sheet, "sink", letters);
                sinkSeconds = (System.nanoTime() - sinkStart) / 1e9;
                if (sink.letters() != WARM_UP + letters) {
                    throw new IllegalStateException("the sink took " + sink.letters() + " letters, not " + (WARM_UP + letters));
                }
            }
            int received = server.getReceivedMessages().length;
            if (received != WARM_UP + letters + fresh) {
                throw new IllegalStateException("the server received " + received + " letters, not " + (WARM_UP + letters + fresh));
            }
            Report report = new Report().put("letters", letters).put("attachment-kb", attachmentKb).put("seconds", seconds)
                    .put("letters-per-s", letters / seconds).put("letters-per-s-new-connection", fresh / freshSeconds)
                    .put("letters-per-s-sink", letters / sinkSeconds);
            server.stop();
            server = greenMail(port = freePort()); // a fresh one: the sender's letters are counted as they arrive
            pace.run(server, port, report);
            return report.put("server", "GreenMail 2.1.13, loopback").machine();
        } finally {
            server.stop();
        }
    }

    private static GreenMail greenMail(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    private static void send(SmtpConnection smtp, byte[] sheet, String run, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            smtp.send(letter(sheet, run, i));
        }
    }

    private static Letter letter(byte[] sheet, String run, int n) {
        return Letter.builder().messageId(MessageId.of("bench." + run + "." + n, "krek.example"))
                .from(new Mailbox("price@krek.example", "Прайс-листы КРЭК")).to(Mailbox.of("client" + n + "@radio.example"))
                .subject("Прайс-лист ООО «КРЭК»").text("Здравствуйте! Во вложении — прайс-лист.")
                .html("<p>Здравствуйте! Во вложении — прайс-лист.</p>")
                .attach(Attachment.of("Прайс-лист КРЭК.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
