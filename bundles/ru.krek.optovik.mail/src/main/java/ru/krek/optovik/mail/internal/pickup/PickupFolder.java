package ru.krek.optovik.mail.internal.pickup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import ru.krek.optovik.api.mail.LetterRefusedException;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.mime.MimeLetters;
import ru.krek.optovik.mail.internal.mime.UnreadableAttachmentException;

/**
 * Writes each letter as one .eml file. A reader of the folder never sees half a letter: the file is
 * written under a hidden temporary name, forced to disk, and then renamed in one step.
 */
public final class PickupFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_ID_CHARS = 80;

    private final Path folder;
    private final MimeLetters mime;
    private final Clock clock;

    public PickupFolder(Path folder, MimeLetters mime, Clock clock) {
        this.folder = folder;
        this.mime = mime;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * @return the written .eml file
     * @throws TransportUnavailableException the folder cannot be written (an operator must act)
     * @throws LetterRefusedException        the letter itself cannot be written (an unreadable attachment)
     */
    public Path write(Letter letter) throws MailTransportException {
        Instant now = clock.instant();
        MimeMessage message;
        try {
            message = mime.compose(letter, now);
            // The envelope sender, for whatever relays the folder: RFC 5321's Return-Path trace field.
            Mailbox envelope = letter.returnPath().orElse(letter.from());
            message.setHeader("Return-Path", "<" + envelope.address() + ">");
        } catch (MessagingException e) {
            throw new LetterRefusedException("letter " + letter.messageId() + " cannot be composed: " + e.getMessage(), false, e);
        }
        String base = STAMP.format(now) + "-" + fileSafe(letter.messageId().bare());
        Path temp = folder.resolve("." + base + ".tmp");
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                mime.writeTo(message, out);
                out.flush();
                channel.force(true);
            }
            Path target = freeName(base);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException | MessagingException e) {
            deleteQuietly(temp);
            UnreadableAttachmentException attachment = UnreadableAttachmentException.in(e);
            if (attachment != null) {
                throw new LetterRefusedException("letter " + letter.messageId() + ": " + attachment.getMessage(), false, e);
            }
            if (e instanceof MessagingException) {
                throw new LetterRefusedException("letter " + letter.messageId() + " cannot be written: " + e.getMessage(), false, e);
            }
            throw new TransportUnavailableException("pickup folder " + folder + " cannot be written: " + e, false, e);
        }
    }

    /** Two letters with the same id in the same millisecond (a retry) each keep their own file. */
    private Path freeName(String base) {
        Path target = folder.resolve(base + ".eml");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".eml");
        }
        return target;
    }

    static String fileSafe(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._@-]", "_");
        return safe.length() > MAX_ID_CHARS ? safe.substring(0, MAX_ID_CHARS) : safe;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the write failed already; a leftover hidden .tmp file is ignored by readers of *.eml
        }
    }
}
