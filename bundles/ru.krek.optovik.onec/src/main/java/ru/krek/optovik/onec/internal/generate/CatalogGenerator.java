package ru.krek.optovik.onec.internal.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a synthetic but realistic CommerceML 2.10 exchange of a radio-components distributor
 * (import.xml and offers.xml) for demos, tests and benchmarks. Everything follows from the options:
 * the same seed gives byte-identical files, and {@code next} gives the export that follows, with
 * price changes, arrivals, sell-outs, new and gone items. Streams its output, so a million offers
 * need no heap; each file appears whole or not at all (written aside, then moved in place).
 */
public final class CatalogGenerator {

    public static final String IMPORT_FILE = "import.xml";
    public static final String OFFERS_FILE = "offers.xml";

    private final GeneratorOptions options;

    public CatalogGenerator(GeneratorOptions options) {
        this.options = options;
    }

    /** Writes import.xml and offers.xml into the folder (created if missing), replacing older ones. */
    public GenerationSummary writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        CatalogFrame frame = new CatalogFrame(options.seed());
        ExportPlan plan = new ExportPlan(options);
        Path importFile = folder.resolve(IMPORT_FILE);
        Path offersFile = folder.resolve(OFFERS_FILE);
        ImportFileWriter.Counts catalog = writeAtomically(importFile, out -> new ImportFileWriter(frame, plan).write(out));
        OffersFileWriter.Counts offers = writeAtomically(offersFile, out -> new OffersFileWriter(frame, plan).write(out));
        return new GenerationSummary(importFile, offersFile, catalog.groups(), catalog.products(), catalog.deleted(),
                offers.offers(), offers.prices(), CatalogFrame.PRICE_TYPES.size(), CatalogFrame.WAREHOUSES.size(),
                offers.changes());
    }

    @FunctionalInterface
    private interface Body<T> {
        T write(OutputStream out) throws Exception;
    }

    private static <T> T writeAtomically(Path target, Body<T> body) throws IOException {
        Path part = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                result = body.write(out);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (Exception e) {
            Files.deleteIfExists(part);
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("could not write " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
