package ru.krek.optovik.bench;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/**
 * The outbox sender of the exported runtime (Firebird outbox, claims, pacing) mailing price lists to
 * the bench's GreenMail: one campaign at rate.per.minute R, timed letter by letter as they arrive
 * (how closely the pace is held, the largest burst), then one campaign with no limit.
 */
final class SenderPace {

    private static final long POLL_MS = 5;

    private final Path root;
    private final int letters;
    private final int perMinute;

    SenderPace(Path root, int letters, int perMinute) {
        this.root = root;
        this.letters = letters;
        this.perMinute = perMinute;
    }

    void run(GreenMail server, int port, Report report) throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "optovik-bench-mail-");
        try {
            Path exchange = work.resolve("exchange");
            new CatalogGenerator(new GeneratorOptions(200, 42, false)).writeTo(exchange);
            Path etc = ImportBench.shippedConfiguration(root, work);
            copyTemplates(root.resolve("run/etc/templates"), etc.resolve("templates"));
            configure(etc, port, perMinute);
            try (OptovikProcess optovik = new OptovikProcess(root, work.resolve("home"), etc, "")) {
                optovik.start();
                optovik.exec("catalog:import " + exchange);
                optovik.exec("discount:add --price-type Розничная --percent 5 --rounding kopeck bench-0");
                // weekly: the after-import job leaves them alone, and only the bench's mail:send mails them
                optovik.exec("client:import " + PriceListBench.clientList(work.resolve("clients.csv"), letters, 1, "weekly"));

                List<Long> paced = campaign(optovik, server, "mail:send");
                double seconds = (paced.get(paced.size() - 1) - paced.get(0)) / 1e9;
                report.put("sender-letters", letters).put("rate-per-minute", perMinute)
                        .put("rate-per-minute-held", (paced.size() - 1) / seconds * 60)
                        .put("rate-shortest-gap-ms", shortestGap(paced) / 1e6)
                        .put("rate-allowed-gap-ms", 60_000.0 / perMinute)
                        .put("rate-max-letters-in-1s", maxInWindow(paced, 1_000_000_000L))
                        .put("rate-allowed-letters-in-1s", Math.max(1, (int) Math.ceil(perMinute / 60.0)));

                configure(etc, port, 0);
                Thread.sleep(4_000); // FileInstall polls the folder every 2 s
                List<Long> free = campaign(optovik, server, "mail:send --force");
                report.put("sender-letters-per-s-unthrottled", (free.size() - 1) / ((free.get(free.size() - 1) - free.get(0)) / 1e9));
            }
        } finally {
            ImportBench.delete(work);
        }
    }

    /** Queues a campaign while sending is paused, then lets the sender go; the arrival time of each letter. */
    private List<Long> campaign(OptovikProcess optovik, GreenMail server, String send) throws Exception {
        optovik.exec("mail:pause");
        int before = server.getReceivedMessages().length;
        String out = optovik.exec(send);
        if (!out.contains("queued: " + letters)) {
            throw new IllegalStateException(send + " did not queue " + letters + " letters:\n" + out);
        }
        optovik.exec("mail:resume");
        List<Long> arrivals = new ArrayList<>();
        long deadline = System.nanoTime() + (60L + (perMinute == 0 ? letters : letters * 120L / perMinute)) * 1_000_000_000L;
        while (arrivals.size() < letters) {
            int now = server.getReceivedMessages().length - before;
            long at = System.nanoTime();
            while (arrivals.size() < now) {
                arrivals.add(at);
            }
            if (at > deadline) {
                throw new IllegalStateException("only " + arrivals.size() + " of " + letters + " letters arrived");
            }
            Thread.sleep(POLL_MS);
        }
        return arrivals;
    }

    private static void configure(Path etc, int port, int perMinute) throws Exception {
        Path temp = etc.resolve("optovik.mail.cfg.tmp");
        Files.writeString(temp, "transport = smtp\nsmtp.host = 127.0.0.1\nsmtp.port = " + port + "\nsmtp.tls = none\n"
                + "from = Прайс-листы КРЭК <price@krek.example>\nrate.per.minute = " + perMinute + "\n", StandardCharsets.UTF_8);
        Files.move(temp, etc.resolve("optovik.mail.cfg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The shipped letter templates (the shipped configuration copies only the .cfg files). */
    private static void copyTemplates(Path from, Path to) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static long shortestGap(List<Long> arrivals) {
        long gap = Long.MAX_VALUE;
        for (int i = 1; i < arrivals.size(); i++) {
            gap = Math.min(gap, arrivals.get(i) - arrivals.get(i - 1));
        }
        return gap;
    }

    private static int maxInWindow(List<Long> arrivals, long window) {
        int most = 0;
        for (int first = 0, last = 0; last < arrivals.size(); last++) {
            while (arrivals.get(last) - arrivals.get(first) >= window) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
