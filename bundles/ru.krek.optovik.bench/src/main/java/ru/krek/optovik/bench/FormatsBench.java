package ru.krek.optovik.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.format.csv.CsvFormatter;
import ru.krek.optovik.format.pdf.PdfFormatter;
import ru.krek.optovik.format.samples.SamplePriceLists;
import ru.krek.optovik.format.xlsx.XlsxFormatter;

/**
 * `run/bench formats --lines L --lists N [--threads T] [--warehouses] [--seed S]`: the three formatters
 * alone (no database, no pricing) writing N lists of L generated lines each, T at a time, to a stream
 * that only counts bytes. Prints lists/s and rows/s by wall clock and per CPU-second of the writing
 * threads (the machine is shared), peak heap, and the ratio to the library's own one-core speed measured
 * on this machine (DEPENDENCY-FACTS.md).
 */
final class FormatsBench {

    /** The libraries' own speeds, per core: POI SXSSF rows/s, PDFBox A4 pages/s with DejaVu, Commons CSV rows/s. */
    private static final double POI_ROWS = 60_000;
    private static final double PDFBOX_PAGES = 186;
    private static final double CSV_ROWS = 680_000;

    private final int lines;
    private final int lists;
    private final int threads;
    private final boolean warehouses;
    private final long seed;

    FormatsBench(Bench.Options options) {
        this.lines = (int) options.number("lines", 10_000);
        this.lists = (int) options.number("lists", 20);
        this.threads = (int) options.number("threads", Runtime.getRuntime().availableProcessors());
        this.warehouses = options.flag("warehouses");
        this.seed = options.number("seed", 42);
    }

    Report run() throws Exception {
        PriceList list = SamplePriceLists.generated(lines, warehouses ? SamplePriceLists.WAREHOUSES : List.of(), seed);
        Report report = new Report().put("lines", lines).put("lists", lists).put("threads", threads)
                .put("warehouse-columns", warehouses ? SamplePriceLists.WAREHOUSES.size() : 0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            measure(pool, new CsvFormatter(), list, report, CSV_ROWS, "commons-csv-rows");
            measure(pool, new XlsxFormatter(), list, report, POI_ROWS, "poi-sxssf-rows");
            measure(pool, new PdfFormatter(), list, report, PDFBOX_PAGES, "pdfbox-pages");
        } finally {
            pool.shutdownNow();
        }
        return report.machine();
    }

    private void measure(ExecutorService pool, PriceListFormatter formatter, PriceList list, Report report,
            double librarySpeed, String libraryUnit) throws Exception {
        String id = formatter.id();
        // two untimed writes per thread warm the JIT, as a long-running server is
        run(pool, formatter, list, 2 * threads, new AtomicLong());
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        long bytes = run(pool, formatter, list, lists, cpuNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        // on a shared machine the wall clock measures the neighbours too; CPU time is the formatter's own
        double cpuSeconds = cpuNanos.get() / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        double rowsPerSecond = (double) lines * lists / seconds;
        report.put(id + "-seconds", seconds).put(id + "-lists-per-s", lists / seconds)
                .put(id + "-rows-per-s", rowsPerSecond).put(id + "-cpu-seconds", cpuSeconds)
                .put(id + "-rows-per-cpu-s", lines * lists / cpuSeconds)
                .put(id + "-kb-per-list", (double) bytes / lists / 1024)
                .put(id + "-peak-heap-mb", peak >> 20);
        double units = (double) lines * lists;
        if (formatter instanceof PdfFormatter) {
            int pages = pages(formatter, list);
            units = (double) pages * lists;
            report.put("pdf-pages-per-list", pages).put("pdf-pages-per-s", units / seconds)
                    .put("pdf-pages-per-cpu-s", units / cpuSeconds);
        }
        // the library figure is one core's: compare it with the formatter's speed per CPU-second
        report.put(id + "-vs-" + libraryUnit, String.format(Locale.ROOT, "%.2f per CPU-second (wall clock, %d threads: %.2f)",
                units / cpuSeconds / librarySpeed, threads, units / seconds / librarySpeed));
    }

    /** Writes {@code count} lists on the pool; the bytes written. */
    private static long run(ExecutorService pool, PriceListFormatter formatter, PriceList list, int count,
            AtomicLong cpuNanos) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong bytes = new AtomicLong();
        List<Future<?>> done = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            done.add(pool.submit(() -> {
                long before = cpu.getCurrentThreadCpuTime();
                Counting out = new Counting();
                formatter.write(list, out);
                bytes.addAndGet(out.count);
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        return bytes.get();
    }

    private static int pages(PriceListFormatter pdf, PriceList list) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pdf.write(list, out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return document.getNumberOfPages();
        }
    }

    /** Discards what it is given; counts it. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
