package ru.krek.optovik.onec.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import ru.krek.optovik.onec.internal.files.Trees;

/**
 * One 1C exchange session: the files it staged since init, and its import once started. Requests of
 * one session are handled one at a time (1C never sends two at once; a confused client waits).
 */
final class ExchangeSession {

    private final String id;
    private final Path folder;
    private volatile Instant lastUsed;
    private long staged;
    private Future<ExchangeReply> importJob;

    ExchangeSession(String id, Path folder, Instant now) {
        this.id = id;
        this.folder = folder;
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    Path folder() {
        return folder;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    synchronized boolean importing() {
        return importJob != null && !importJob.isDone();
    }

    synchronized Future<ExchangeReply> importJob() {
        return importJob;
    }

    synchronized void importJob(Future<ExchangeReply> job) {
        importJob = job;
    }

    /** Forgets the staged files and any finished import: a new exchange starts. */
    synchronized void reset() throws IOException, Refusal {
        if (importing()) {
            throw new Refusal("Предыдущий обмен этой сессии ещё загружается; дождитесь его окончания.");
        }
        importJob = null;
        staged = 0;
        Trees.delete(folder);
    }

    /**
     * Appends one chunk to a staged file. A chunk over {@code limit}, or one that would take the
     * session over {@code sessionLimit}, is refused and the file is cut back to where it was.
     */
    synchronized void append(String name, InputStream body, long limit, long sessionLimit) throws IOException, Refusal {
        if (importJob != null) {
            reset(); // 1C sends the next exchange (the old protocol imports file by file)
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            long before = out.size();
            out.position(before);
            long count = 0;
            byte[] buffer = new byte[65_536];
            try {
                for (int n; (n = body.read(buffer)) > 0;) {
                    count += n;
                    if (count > limit) {
                        throw new Refusal("Часть файла «" + name + "» больше разрешённых " + limit + " байт (file_limit).");
                    }
                    if (staged + count > sessionLimit) {
                        throw new Refusal("Файлы обмена больше " + sessionLimit + " байт: обмен не принят.");
                    }
                    out.write(java.nio.ByteBuffer.wrap(buffer, 0, n));
                }
            } catch (Refusal | IOException e) {
                out.truncate(before);
                throw e;
            }
            staged += count;
        }
    }

    /** The staged files in name order. */
    synchronized List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    /** Frees the disk once an import has read the files; the result stays for 1C to ask. */
    synchronized void dropFiles() {
        staged = 0;
        Trees.deleteQuietly(folder);
    }
}
