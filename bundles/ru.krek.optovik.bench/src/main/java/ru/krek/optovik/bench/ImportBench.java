package ru.krek.optovik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GenerationSummary;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/**
 * `run/bench import --offers N [--server]`: a generated exchange of N offers imported with
 * `catalog:import` into a fresh embedded database (or one on the local Firebird server), beside a bare
 * StAX pass over the same files; then the same exchange again (1C's daily full export when nothing
 * changed) and the following export (`catalog:generate --next`: a few percent of prices and stock
 * moved, items new and gone), as a catalog lives day to day.
 */
final class ImportBench {

    private static final Pattern OFFERS = Pattern.compile("(?m)^offers: (\\d+)$");

    private final Path root;
    private final long offers;
    private final long seed;
    private final boolean server;
    /** The server database a --server run creates; removed afterwards, it can be gigabytes. */
    private Path serverDatabase;

    ImportBench(Path root, Bench.Options options) {
        this.root = root;
        this.offers = options.number("offers", 100_000);
        this.seed = options.number("seed", 42);
        this.server = options.flag("server");
    }

    Report run() throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "optovik-bench-");
        try {
            Path exchange = work.resolve("exchange");
            GenerationSummary generated = new CatalogGenerator(new GeneratorOptions((int) offers, seed, false)).writeTo(exchange);
            List<Path> files = List.of(generated.importFile(), generated.offersFile());
            Path nextExchange = work.resolve("next");
            long nextOffers = new CatalogGenerator(new GeneratorOptions((int) offers, seed, true)).writeTo(nextExchange).offers();

            // The second pass is timed: the first warms the JIT and the page cache, as a long-running server is.
            StaxPass stax = new StaxPass();
            stax.countOffers(files);
            long staxStart = System.nanoTime();
            long staxOffers = stax.countOffers(files);
            double staxSeconds = seconds(staxStart);

            Path etc = configuration(work);
            Path gcLog = work.resolve("gc.log");
            double importSeconds;
            double againSeconds;
            double nextSeconds;
            try (OptovikProcess optovik = new OptovikProcess(root, work.resolve("home"), etc, "-Xlog:gc:file=" + gcLog)) {
                optovik.start();
                try (LiveHeap heap = new LiveHeap(optovik.pid(), 5)) {
                    importSeconds = timedImport(optovik, exchange);
                    checkOffers(optovik, staxOffers);
                    againSeconds = timedImport(optovik, exchange);
                    checkOffers(optovik, staxOffers);
                    nextSeconds = timedImport(optovik, nextExchange); // a failed import exits non-zero: exec throws
                    heap.collect();
                }
            }
            GcLog gc = GcLog.read(gcLog);
            return new Report().put("offers", staxOffers).put("database", server ? "server" : "embedded")
                    .put("seconds", importSeconds).put("offers-per-s", staxOffers / importSeconds)
                    .put("again-seconds", againSeconds).put("again-offers-per-s", staxOffers / againSeconds)
                    .put("next-seconds", nextSeconds).put("next-offers-per-s", nextOffers / nextSeconds)
                    .put("stax-offers-per-s", staxOffers / staxSeconds)
                    .put("peak-heap-mb", gc.peakUsedMb()).put("peak-live-heap-mb", gc.peakLiveMb())
                    .put("exchange-mb", (Files.size(files.get(0)) + Files.size(files.get(1))) >> 20).machine();
        } finally {
            delete(work);
            if (serverDatabase != null) {
                Files.deleteIfExists(serverDatabase);
            }
        }
    }

    private static double timedImport(OptovikProcess optovik, Path exchange) throws IOException, InterruptedException {
        long start = System.nanoTime();
        optovik.exec("catalog:import " + exchange);
        return seconds(start);
    }

    private static void checkOffers(OptovikProcess optovik, long expected) throws IOException, InterruptedException {
        String stats = optovik.exec("catalog:stats");
        Matcher m = OFFERS.matcher(stats);
        if (!m.find() || Long.parseLong(m.group(1)) != expected) {
            throw new IllegalStateException("the catalog holds other offers than the files: " + stats);
        }
    }

    /** A copy of the shipped configuration (run/etc) for a benchmark's own runtime. */
    static Path shippedConfiguration(Path root, Path work) throws IOException {
        Path etc = Files.createDirectories(work.resolve("etc"));
        try (Stream<Path> shipped = Files.list(root.resolve("run/etc"))) {
            for (Path file : (Iterable<Path>) shipped.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, etc.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return etc;
    }

    /** The shipped configuration, pointed at a fresh server database with --server. */
    private Path configuration(Path work) throws IOException {
        Path etc = shippedConfiguration(root, work);
        if (server) {
            String dir = required("OPTOVIK_TEST_FB_DIR");
            String password = required("OPTOVIK_TEST_FB_PASSWORD");
            serverDatabase = Path.of(dir, "bench-" + System.currentTimeMillis() + ".fdb");
            Files.writeString(etc.resolve("optovik.db.cfg"), "url = jdbc:firebird://127.0.0.1:3050/" + serverDatabase
                    + "\nuser = SYSDBA\npassword = " + password + "\n");
        }
        return etc;
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set (run/bench sets it for --server)");
        }
        return value;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
