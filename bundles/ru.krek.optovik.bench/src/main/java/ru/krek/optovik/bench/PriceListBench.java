package ru.krek.optovik.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/**
 * `run/bench pricelists --clients N --terms T --lines L`: a generated catalog of L offers, N clients over T
 * distinct terms (discount types), and `pricelist:build --all --format F` timed for every installed
 * format, plus the benchmark's own counting formatter (the pricing side alone).
 */
final class PriceListBench {

    /** By name: the bench itself runs without the OSGi classes the formatter links against. */
    private static final String COUNTING = "ru.krek.optovik.bench.formatter.CountingFormatter";

    private final Path root;
    private final long clients;
    private final long terms;
    private final long lines;
    private final long seed;

    PriceListBench(Path root, Bench.Options options) {
        this.root = root;
        this.clients = options.number("clients", 1_000);
        this.terms = options.number("terms", 50);
        this.lines = options.number("lines", 10_000);
        this.seed = options.number("seed", 42);
        if (terms > clients) {
            throw new IllegalArgumentException("--terms " + terms + " is more than --clients " + clients);
        }
    }

    Report run() throws Exception {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "optovik-bench-");
        try {
            Path exchange = work.resolve("exchange");
            new CatalogGenerator(new GeneratorOptions((int) lines, seed, false)).writeTo(exchange);
            Path gcLog = work.resolve("gc.log");
            Report report = new Report().put("clients", clients).put("terms", terms);
            try (OptovikProcess optovik = new OptovikProcess(root, work.resolve("home"), ImportBench.shippedConfiguration(root, work),
                    "-Xlog:gc:file=" + gcLog)) {
                optovik.start();
                optovik.exec("catalog:import " + exchange);
                for (long t = 0; t < terms; t++) {
                    // distinct terms: a different percentage (and rounding) per discount type
                    optovik.exec("discount:add --price-type Розничная --percent " + (t % 50) + "." + (t / 50)
                            + " --rounding " + (t % 2 == 0 ? "kopeck" : "ruble") + " bench-" + t);
                }
                optovik.exec("client:import " + clientList(work.resolve("clients.csv"), clients, terms, "each-import"));
                optovik.exec("start " + countingFormatter(work.resolve("counting-formatter.jar")).toUri());
                List<String> formats = formats(optovik.exec("pricelist:formats"));
                report.put("formats", String.join(" ", formats));
                double total = 0;
                long rows = -1;
                for (String format : formats) {
                    long start = System.nanoTime();
                    String out = optovik.exec("pricelist:build --all --format " + format);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    total += seconds;
                    List<String> built = out.lines().filter(l -> l.contains("\t")).toList();
                    long files = built.stream().map(l -> l.substring(0, l.indexOf('\t'))).distinct().count();
                    rows = built.isEmpty() ? 0 : Long.parseLong(built.get(0).substring(built.get(0).indexOf('\t') + 1));
                    report.put(format + "-files", files).put(format + "-seconds", seconds)
                            .put(format + "-rows-per-s", files * rows / seconds);
                }
                report.put("lines", rows).put("seconds", total);
            }
            GcLog gc = GcLog.read(gcLog);
            return report.put("peak-heap-mb", gc.peakUsedMb()).put("peak-live-heap-mb", gc.peakLiveMb()).machine();
        } finally {
            ImportBench.delete(work);
        }
    }

    /** N clients, client i on terms bench-(i mod T), every group, total stock, the first format installed, price lists as often as given. */
    static Path clientList(Path file, long clients, long terms, String frequency) throws IOException {
        StringBuilder csv = new StringBuilder("company;inn;email;discount;groups;in_stock_only;stock;pricelist_frequency\n");
        for (long i = 0; i < clients; i++) {
            csv.append("ООО «Клиент ").append(i).append("»;7707083893;client").append(i).append("@bench.example;bench-")
                    .append(i % terms).append(";all;no;total;").append(frequency).append("\n");
        }
        return Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> formats(String table) {
        List<String> ids = new ArrayList<>();
        table.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> ids.add(l.split("\\s+")[0]));
        return ids;
    }

    /** The counting formatter as a bundle: a manifest and its one class, as a third party would ship it. */
    private static Path countingFormatter(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "ru.krek.optovik.bench.counting");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", COUNTING);
        a.putValue("Import-Package", "org.osgi.framework;version=\"[1.8,2)\",ru.krek.optovik.api.pricelist;version=\"[1.0,2)\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            String path = COUNTING.replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(path));
            try (InputStream in = PriceListBench.class.getClassLoader().getResourceAsStream(path)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return Files.write(jar, bytes.toByteArray());
    }
}
