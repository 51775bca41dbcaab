package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run/optovik demo end to end, as a newcomer runs it (own OPTOVIK_HOME, free ports), checked from the
 * outside: the letters in the pickup folder read back by a mail parser and each attachment by its own
 * reader (POI, PDFBox, Commons CSV), the change notices against the 1C exports the demo dropped.
 */
class DemoIT {

    private static final String DEMO_DOMAIN = "@demo.krek.test";

    @TempDir
    static Path home;
    static OptovikProcess optovik;
    static OptovikProcess.Run demo;
    /** demo client id → e-mail */
    static final Map<String, String> clients = new HashMap<>();

    @BeforeAll
    static void runTheDemo() throws Exception {
        optovik = new OptovikProcess(home, null);
        long started = System.nanoTime();
        demo = optovik.run("demo");
        System.out.println("demo: " + (System.nanoTime() - started) / 1_000_000 + " ms with the start\n" + demo.out());
        assertEquals(0, demo.exit(), demo.toString());
        for (String line : optovik.exec("client:list", "--status", "active").lines().filter(l -> l.contains(DEMO_DOMAIN)).toList()) {
            String[] cells = line.trim().split("\\s+");
            clients.put(cells[0], Stream.of(cells).filter(c -> c.endsWith(DEMO_DOMAIN)).findFirst().orElseThrow());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        optovik.run("stop");
    }

    @Test
    void theDemoTakesUnderTwoMinutesAfterTheStartAndReports() {
        Matcher took = Pattern.compile("done in (\\d+) s").matcher(demo.out());
        assertTrue(took.find(), demo.out());
        assertTrue(Integer.parseInt(took.group(1)) < 120, "the demo took " + took.group(1) + " s");
        assertTrue(demo.out().contains("registration:  " + optovik.url("/")), demo.out());
        assertTrue(demo.out().contains(home.resolve("mail/pickup").toString()), demo.out());
        assertEquals(20, clients.size(), "active demo clients: " + clients);
    }

    @Test
    void theDemoNeverWipesAHomeItDidNotMake(@TempDir Path operators) throws Exception {
        Path data = Files.writeString(operators.resolve("optovik.fdb"), "an operator's database");
        OptovikProcess.Run refused = new OptovikProcess(operators, null).run("demo");
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("not a demo home"), refused.err());
        assertTrue(Files.exists(data), "the demo deleted a home it did not make");
    }

    @Test
    void everyClientGetsOnePriceListLetterWhoseAttachmentsOpen() throws Exception {
        Set<String> formats = new HashSet<>();
        for (String email : clients.values()) {
            List<MimeMessage> letters = letters("pricelist", email);
            assertEquals(1, letters.size(), "price-list letters to " + email);
            int files = 0;
            for (Part file : attachments(letters.get(0))) {
                String name = MimeUtility.decodeText(file.getFileName());
                byte[] bytes = MailTest.withAngus(() -> file.getInputStream().readAllBytes());
                String format = name.substring(name.lastIndexOf('.') + 1);
                assertTrue(lines(format, bytes) > 1, name + " to " + email + " has no lines");
                formats.add(format);
                files++;
            }
            assertTrue(files > 0, "no price list attached for " + email);
        }
        assertEquals(Set.of("xlsx", "pdf", "csv"), formats);
    }

    @Test
    void changeNoticesGoToInstantClientsWhoseGroupsChangedAndToNoOneElse() throws Exception {
        DemoCatalog catalog = new DemoCatalog(home.resolve("1c/processed"));
        Set<String> changed = new HashSet<>();
        for (String line : optovik.exec("catalog:changes").lines().filter(l -> l.contains("\t")).toList()) {
            changed.addAll(catalog.groupsOf(line.split("\t")[1]));
        }
        assertFalse(changed.isEmpty(), "the next export changed no group");
        int told = 0;
        int spared = 0;
        for (Map.Entry<String, String> client : clients.entrySet()) {
            int letters = letters("changes", client.getValue()).size();
            List<String> shown = optovik.exec("client:show", client.getKey()).lines().toList();
            List<String> groups = shown.stream().filter(l -> l.startsWith("group: ")).map(l -> l.split(" ")[1]).toList();
            boolean instant = shown.contains("notify-frequency: instant");
            boolean touched = groups.isEmpty() || groups.stream().anyMatch(changed::contains);
            int expected = instant && touched ? 1 : 0;
            assertEquals(expected, letters, client.getValue() + " (" + (instant ? "instant" : "not instant") + ", groups " + groups
                    + (touched ? " changed" : " unchanged") + ") got " + letters + " notices");
            told += letters;
            spared += instant && !touched ? 1 : 0;
        }
        assertTrue(told > 0, "no change notice at all");
        assertTrue(spared > 0, "no instant client whose groups stayed unchanged: the demo must have one to show who is not told");
    }

    /** The pickup folder's letters of one kind (the kind is the Message-ID's first word, in the file name). */
    private static List<MimeMessage> letters(String kind, String email) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(home.resolve("mail/pickup"))) {
            for (Path eml : files.filter(p -> p.getFileName().toString().contains("-" + kind + ".")).toList()) {
                MimeMessage letter = MailTest.read(eml);
                if (letter.getRecipients(Message.RecipientType.TO)[0].toString().contains(email)) {
                    found.add(letter);
                }
            }
        }
        return found;
    }

    private static List<Part> attachments(MimeMessage letter) throws Exception {
        List<Part> files = new java.util.ArrayList<>();
        Multipart mixed = MailTest.withAngus(() -> (Multipart) letter.getContent());
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                files.add(part);
            }
        }
        return files;
    }

    /** Lines of a price-list file, as its independent reader sees them. */
    private static int lines(String format, byte[] bytes) throws Exception {
        switch (format) {
            case "xlsx" -> {
                try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    return book.getSheetAt(0).getPhysicalNumberOfRows();
                }
            }
            case "pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    return (int) new PDFTextStripper().getText(pdf).lines().count();
                }
            }
            case "csv" -> {
                String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
                try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
                    return csv.getRecords().size();
                }
            }
            default -> throw new AssertionError("unexpected attachment format " + format);
        }
    }
}
