package ru.krek.optovik.api.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file carried by a letter. Its content is opened when the letter is written, and again on each
 * retry, so a price list on disk is never held in memory.
 *
 * @param name      the file name the client sees, may be Cyrillic (sent per RFC 2231)
 * @param mediaType e.g. {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet},
 *                  parameters allowed ({@code text/csv; charset=UTF-8})
 * @param content   opens the bytes; each call a new stream from the start
 */
public record Attachment(String name, String mediaType, Content content) {

    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*"
                    + "(\\s*;\\s*[A-Za-z0-9._-]+=(\"[^\"\\p{Cntrl}]*\"|[A-Za-z0-9._-]+))*");

    /** The bytes of an attachment, opened anew for every write. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public Attachment {
        Objects.requireNonNull(content, "content");
        if (name == null || name.isBlank() || Mailbox.hasControl(name) || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("an attachment needs a file name without folders, line breaks or "
                    + "control characters: " + (name == null ? "null" : Mailbox.printable(name)));
        }
        if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("not a media type (type/subtype[; name=value]): "
                    + (mediaType == null ? "null" : Mailbox.printable(mediaType)));
        }
    }

    /** A file on disk, read when the letter is written. */
    public static Attachment of(String name, String mediaType, Path file) {
        Objects.requireNonNull(file, "file");
        return new Attachment(name, mediaType, () -> Files.newInputStream(file));
    }

    /** Bytes in memory (small generated files). */
    public static Attachment of(String name, String mediaType, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Attachment(name, mediaType, () -> new ByteArrayInputStream(copy));
    }
}
