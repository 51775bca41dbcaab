package ru.krek.optovik.itest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * The mail tests' loopback SMTP server (fault-smtpd.py through {@link FaultSmtpServer}) for runtimes
 * started as processes, and what it received: per letter its Message-ID and the EHLO name of the
 * sender (the domain of its optovik.mail {@code from}), which tells two runtimes apart.
 */
final class LoopbackSmtp {

    /** One letter the server accepted. */
    record Delivery(String messageId, String helo) {
    }

    private LoopbackSmtp() {
    }

    static FaultSmtpServer start(Path folder) throws IOException {
        return new FaultSmtpServer(OptovikProcess.root().resolve("bundles/ru.krek.optovik.mail/src/test/smtpd/fault-smtpd.py"),
                Files.createDirectories(folder));
    }

    /** An optovik.mail that sends to the server unthrottled but for the rate, as {@code from} (and EHLO {@code from}'s domain). */
    static void configure(Path etc, FaultSmtpServer server, String from, int perMinute) throws IOException {
        Files.writeString(etc.resolve("optovik.mail.cfg"), "from = " + from + "\nsmtp.host = 127.0.0.1\nsmtp.port = " + server.port
                + "\nsmtp.tls = none\nsmtp.timeout.seconds = 5\nrate.per.minute = " + perMinute + "\nretry.base.seconds = 1\n");
    }

    static List<Delivery> received(FaultSmtpServer server) throws IOException {
        List<Delivery> all = new ArrayList<>();
        for (Path eml : server.letters()) {
            String messageId = null;
            String helo = null;
            for (String line : Files.readAllLines(eml, StandardCharsets.ISO_8859_1)) {
                if (line.isEmpty()) {
                    break; // the headers end here
                }
                if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    messageId = line.substring(11).strip();
                } else if (line.startsWith("X-Helo:")) {
                    helo = line.substring(7).strip();
                }
            }
            if (messageId == null) {
                throw new IOException("no Message-ID in " + eml);
            }
            all.add(new Delivery(messageId, helo));
        }
        return all;
    }
}
