package ru.krek.optovik.pricing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OPTOVIK_HOME/pricelists: one folder per catalog state, one file per terms and formatter in it. A file
 * appears whole (written aside, then moved) or not at all; folders of other states are removed once
 * a new one is in use.
 */
final class BuildFolder {

    private static final Logger LOG = LoggerFactory.getLogger(BuildFolder.class);

    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private final Path root;

    BuildFolder(Path root) {
        this.root = root;
    }

    Path write(String state, String name, Writing writing) throws IOException {
        Path folder = Files.createDirectories(root.resolve(state));
        Path target = folder.resolve(name);
        Path partial = Files.createTempFile(folder, name, ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                writing.to(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Removes the folders of other states: their lists are out of date (or of another database). */
    void removeOthers(String state) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder) && !folder.getFileName().toString().equals(state)) {
                    delete(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not remove old price lists under {}: {}", root, e.toString());
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
