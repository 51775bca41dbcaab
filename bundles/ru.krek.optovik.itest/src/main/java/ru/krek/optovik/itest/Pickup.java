package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ru.krek.optovik.api.runtime.OptovikHome;

/** Letters in OPTOVIK_HOME/mail/pickup, read back as a mail client would. */
final class Pickup {

    private Pickup() {
    }

    /** Every letter of this framework's pickup folder whose To holds the address (case ignored). */
    static List<MimeMessage> lettersTo(String address) throws Exception {
        return lettersIn(OptovikHome.of(OptovikFramework.context()).resolve("mail/pickup"), address);
    }

    /** Every letter of a pickup folder whose To holds the address (also for a runtime outside this framework). */
    static List<MimeMessage> lettersIn(Path pickup, String address) throws Exception {
        List<MimeMessage> letters = new ArrayList<>();
        if (!Files.isDirectory(pickup)) {
            return letters;
        }
        try (Stream<Path> files = Files.list(pickup)) {
            for (Path eml : files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                MimeMessage letter = MailTest.read(eml);
                if (letter.getRecipients(Message.RecipientType.TO)[0].toString().toLowerCase().contains(address.toLowerCase())) {
                    letters.add(letter);
                }
            }
        }
        return letters;
    }

    /** The one letter to the address. */
    static MimeMessage only(String address) throws Exception {
        List<MimeMessage> letters = lettersTo(address);
        if (letters.size() != 1) {
            throw new AssertionError(letters.size() + " letters to " + address + ", expected one");
        }
        return letters.get(0);
    }

    /** The first link of the letter's plain text to the given path, e.g. "/confirm". */
    static String link(MimeMessage letter, String path) throws Exception {
        String text = MailTest.withAngus(() -> plainText(letter.getContent()));
        Matcher m = Pattern.compile("(http\\S+" + Pattern.quote(path) + "\\?token=\\S+)").matcher(text);
        assertTrue(m.find(), "no " + path + " link in:\n" + text);
        return m.group(1);
    }

    /** The path and query of a link, to send to the test runtime whatever public.url says. */
    static String pathOf(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** The token of a link's query. */
    static String tokenOf(String link) {
        return java.net.URLDecoder.decode(java.net.URI.create(link).getRawQuery().substring("token=".length()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first text/plain part, however deep the letter nests its alternatives. */
    static String plainText(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                return plainText(part.getContent());
            }
        }
        throw new AssertionError("no text part");
    }
}
