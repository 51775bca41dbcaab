package ru.krek.optovik.onec.internal.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import ru.krek.optovik.api.catalog.ExchangeDocument;
import ru.krek.optovik.onec.internal.archive.ExchangeArchive;
import ru.krek.optovik.onec.internal.cml.CommerceMlException;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;
import ru.krek.optovik.onec.internal.cml.Problem;

/**
 * Turns what an operator or 1C hands over (XML files, zips, folders of either) into the exchange's
 * files in the order a store applies them: catalog, offers, prices, rests, by name within a kind.
 * Every file is recognised by content first, so a sale document or a broken header is refused
 * before anything reaches the store.
 */
final class ExchangeFiles {

    /** One file of the exchange, recognised. */
    record Entry(Path file, ExchangeDocument document) {
    }

    private static final Comparator<Entry> APPLY_ORDER = Comparator
            .comparing((Entry e) -> e.document().kind())
            .thenComparing(e -> e.file().getFileName().toString())
            .thenComparing(e -> e.file().toString());

    private final CommerceMlReader reader;
    private final ExchangeArchive archive;

    ExchangeFiles(CommerceMlReader reader, ExchangeArchive archive) {
        this.reader = reader;
        this.archive = archive;
    }

    /**
     * @param work an empty private folder the zips are unpacked into; the caller removes it
     */
    List<Entry> collect(List<Path> paths, Path work) throws IOException, CommerceMlException {
        Set<Path> xml = new LinkedHashSet<>();
        int zips = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommerceMlException(Problem.MISSING_FILE, path.toString(), -1, null, null, path);
            }
            List<Path> found = Files.isDirectory(path) ? folder(path) : List.of(path);
            for (Path file : found) {
                if (isZip(file)) {
                    Path into = work.resolve(++zips + "-" + file.getFileName());
                    for (Path unpacked : archive.extract(file, into)) {
                        if (isXmlName(unpacked) && !hidden(into, unpacked)) {
                            xml.add(unpacked);
                        }
                    }
                } else {
                    xml.add(file.toRealPath());
                }
            }
        }
        if (xml.isEmpty()) {
            String what = paths.isEmpty() ? "(ничего)" : paths.get(0).getFileName().toString();
            throw new CommerceMlException(Problem.NO_FILES, what, -1, null, null);
        }
        List<Entry> entries = new ArrayList<>(xml.size());
        for (Path file : xml) {
            entries.add(new Entry(file, reader.sniff(file)));
        }
        entries.sort(APPLY_ORDER);
        return entries;
    }

    /** XML files and zips anywhere below; hidden files and links are not part of an exchange. */
    private static List<Path> folder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(root, p))
                    .filter(p -> isXmlName(p) || hasZipName(p))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isXmlName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static boolean hasZipName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** By name or by the local-header signature, so a zip 1C named otherwise is still unpacked. */
    static boolean isZip(Path file) throws IOException {
        if (hasZipName(file)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
