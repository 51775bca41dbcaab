package ru.krek.optovik.onec.internal.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What one top-level entry of the drop folder looked like at one poll: enough to tell whether
 * something is still writing into it.
 *
 * @param folder    a subfolder (one exchange of its own) rather than a loose file
 * @param signature size, names and times of everything in it, folded: any write changes it
 * @param newest    the latest modification time inside, epoch ms
 * @param files     regular files inside (1 for a file)
 * @param writing   it holds a file that is being written by convention (.part, .tmp, a dotfile)
 * @param readable  a zip opens (its central directory, written last, is there); true for other files
 */
record Arrival(boolean folder, long signature, long newest, int files, boolean writing, boolean readable) {

    /** Names a writer uses while it is not done yet: never part of an exchange. */
    static boolean inProgressName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".crdownload")
                || n.endsWith("~");
    }

    static Arrival of(Path entry) throws IOException {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return folder(entry);
        }
        BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        long time = a.lastModifiedTime().toMillis();
        return new Arrival(false, a.size() * 31 + time, time, 1, false, readable(entry));
    }

    private static Arrival folder(Path root) throws IOException {
        long signature = 17;
        long newest = Files.getLastModifiedTime(root, LinkOption.NOFOLLOW_LINKS).toMillis();
        int files = 0;
        boolean writing = false;
        boolean readable = true;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                long time = a.lastModifiedTime().toMillis();
                newest = Math.max(newest, time);
                signature = signature * 31 + (root.relativize(p).toString().hashCode() ^ a.size() ^ time);
                if (a.isRegularFile()) {
                    writing |= inProgressName(p.getFileName().toString());
                    readable &= readable(p);
                    files++;
                }
            }
        }
        return new Arrival(true, signature, newest, files, writing, readable);
    }

    private static boolean readable(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
