package ru.krek.optovik.onec.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import ru.krek.optovik.onec.internal.cml.CommerceMlException;
import ru.krek.optovik.onec.internal.cml.Problem;

/**
 * Unpacks the zip 1C uploads in an exchange ({@code zip=yes}) into a folder, trusting nothing in it:
 * names that would leave the folder, too many entries, too many bytes and suspicious compression
 * ratios are refused with a clear error, counted on the bytes actually inflated (a zip's own size
 * fields can lie). On any failure the files written so far are removed again: nothing half-unpacked.
 */
public final class ExchangeArchive {

    /** Below this many inflated bytes an entry's ratio is not judged: small XML compresses very well. */
    static final long RATIO_FLOOR = 1L << 20;

    private final ArchiveLimits limits;

    public ExchangeArchive(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * @param zip    the uploaded archive
     * @param folder where to unpack; created if missing, must not hold the archive's files already
     * @return the files unpacked, in archive order (directories left out)
     */
    public List<Path> extract(Path zip, Path folder) throws IOException, CommerceMlException {
        String zipName = zip.getFileName().toString();
        Path root = folder.toAbsolutePath().normalize();
        List<Path> written = new ArrayList<>();
        boolean createdRoot = !Files.exists(root);
        Files.createDirectories(root);
        try (ZipFile archive = open(zip, zipName)) {
            if (archive.size() > limits.maxEntries()) {
                throw failure(zipName, null, Problem.ZIP_TOO_MANY_ENTRIES, limits.maxEntries());
            }
            List<Path> files = new ArrayList<>();
            Set<String> names = new HashSet<>();
            long total = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                Path target = safeTarget(root, name, zipName);
                if (!names.add(target.toString())) {
                    throw failure(zipName, name, Problem.ZIP_DUPLICATE_ENTRY, name);
                }
                if (entry.isDirectory()) {
                    createDirectories(root, target, written);
                    continue;
                }
                createDirectories(root, target.getParent(), written);
                written.add(target);
                total += copy(archive, entry, target, total, zipName);
                files.add(target);
            }
            if (total > RATIO_FLOOR && total / Math.max(1, Files.size(zip)) > limits.maxRatio()) {
                throw failure(zipName, null, Problem.ZIP_RATIO, zipName, limits.maxRatio());
            }
            return files;
        } catch (CommerceMlException | IOException | RuntimeException e) {
            removeAll(written);
            if (createdRoot) {
                Files.deleteIfExists(root);
            }
            throw e;
        }
    }

    /** 1C and Windows tools write names in UTF-8 or in the DOS code page 866; try both. */
    private static ZipFile open(Path zip, String zipName) throws IOException, CommerceMlException {
        ZipException first = null;
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("IBM866"))) {
            try {
                return new ZipFile(zip.toFile(), charset);
            } catch (ZipException e) {
                first = first == null ? e : first;
            }
        }
        throw new CommerceMlException(Problem.ZIP_CORRUPT, zipName, -1, null, first, first.getMessage());
    }

    /** The entry's place inside the folder, or an error if its name points anywhere else. */
    private static Path safeTarget(Path root, String name, String zipName) throws CommerceMlException {
        String unified = name.replace('\\', '/');
        boolean unsafe = unified.isEmpty() || unified.startsWith("/") || unified.indexOf('\0') >= 0
                || (unified.length() > 1 && unified.charAt(1) == ':');
        for (String part : unified.split("/")) {
            unsafe |= part.equals("..");
        }
        if (!unsafe) {
            try {
                Path target = root.resolve(unified).normalize();
                if (target.startsWith(root) && !target.equals(root)) {
                    return target;
                }
            } catch (InvalidPathException e) {
                // falls through to the refusal
            }
        }
        throw failure(zipName, name, Problem.ZIP_UNSAFE_NAME, name);
    }

    /** Copies one entry, counting what is really inflated against the limits as it goes. */
    private long copy(ZipFile archive, ZipEntry entry, Path target, long before, String zipName)
            throws IOException, CommerceMlException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long count = 0;
        byte[] buffer = new byte[65_536];
        try (InputStream in = archive.getInputStream(entry);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                count += n;
                if (before + count > limits.maxTotalBytes()) {
                    throw failure(zipName, entry.getName(), Problem.ZIP_TOO_LARGE, limits.maxTotalBytes());
                }
                if (count > RATIO_FLOOR && count / compressed > limits.maxRatio()) {
                    throw failure(zipName, entry.getName(), Problem.ZIP_RATIO, entry.getName(), limits.maxRatio());
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new CommerceMlException(Problem.ZIP_CORRUPT, zipName, -1, entry.getName(), e, e.getMessage());
        }
        return count;
    }

    private static void createDirectories(Path root, Path dir, List<Path> written) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !p.equals(root) && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            written.add(p);
        }
    }

    private static void removeAll(List<Path> written) {
        for (int i = written.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(written.get(i));
            } catch (IOException e) {
                // best effort: the caller reports the original failure
            }
        }
    }

    private static CommerceMlException failure(String zipName, String entry, Problem problem, Object... details) {
        return new CommerceMlException(problem, zipName, -1, entry, null, details);
    }
}
