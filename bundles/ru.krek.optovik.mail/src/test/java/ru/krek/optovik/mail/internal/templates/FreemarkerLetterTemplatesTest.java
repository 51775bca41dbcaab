package ru.krek.optovik.mail.internal.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.mail.LetterContent;
import ru.krek.optovik.api.mail.LetterTemplateException;

/** The shipped templates and the rules operators rely on: escaping, edits at once, a typo keeps the last good file. */
class FreemarkerLetterTemplatesTest {

    static final Path SHIPPED = Path.of("../../run/etc/templates");
    static final Map<String, Object> REGISTRATION = Map.of("contact", "Анна Петрова", "company", "Радио & <Ко>",
            "confirmUrl", "https://opt.krek.example/confirm?token=abc&x=1", "expiresHours", 48,
            "siteUrl", "https://opt.krek.example/");

    @TempDir
    Path folder;
    final List<String> errors = new ArrayList<>();
    FreemarkerLetterTemplates templates;

    @BeforeEach
    void copyShippedTemplates() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        templates = new FreemarkerLetterTemplates(folder, errors::add);
    }

    @Test
    void theRegistrationLetterRendersInRussianWithHtmlEscapedAndTextAsIs() throws Exception {
        LetterContent letter = templates.render("registration-confirmation", REGISTRATION);
        assertEquals("Подтвердите регистрацию Радио & <Ко> в оптовой рассылке КРЭК", letter.subject());
        assertTrue(letter.text().startsWith("Здравствуйте, Анна Петрова!"), letter.text());
        assertTrue(letter.text().contains("«Радио & <Ко>»"), letter.text());
        assertTrue(letter.text().contains("https://opt.krek.example/confirm?token=abc&x=1\n"), letter.text());
        assertFalse(letter.text().contains("Ваш менеджер"), "no manager given: " + letter.text());
        String html = letter.html().orElseThrow();
        assertTrue(html.contains("«Радио &amp; &lt;Ко&gt;»"), html);
        assertFalse(html.contains("<Ко>"), html);
        assertTrue(html.contains("href=\"https://opt.krek.example/confirm?token=abc&amp;x=1\""), html);
        assertTrue(html.contains("48&nbsp;ч"), html);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void optionalValuesAppearWhenGiven() throws Exception {
        Map<String, Object> model = new java.util.HashMap<>(REGISTRATION);
        model.put("managerName", "Игорь Смирнов");
        model.put("managerEmail", "smirnov@krek.example");
        LetterContent letter = templates.render("registration-confirmation", model);
        assertTrue(letter.text().contains("Ваш менеджер: Игорь Смирнов, smirnov@krek.example."), letter.text());
        assertTrue(letter.html().orElseThrow().contains("mailto:smirnov@krek.example"), letter.html().get());
    }

    @Test
    void anEditAppliesToTheNextLetter() throws Exception {
        assertTrue(templates.render("registration-confirmation", REGISTRATION).subject().startsWith("Подтвердите"));
        edit("registration-confirmation.subject.ftl", "Новая тема для ${company}");
        assertEquals("Новая тема для Радио & <Ко>", templates.render("registration-confirmation", REGISTRATION).subject());
    }

    @Test
    void aTemplateThatNoLongerParsesKeepsItsLastGoodVersionAndIsReportedOnceWithFileAndLine() throws Exception {
        String before = templates.render("registration-confirmation", REGISTRATION).text();
        edit("registration-confirmation.text.ftl", "Строка один\nСтрока два ${contact\n");
        for (int i = 0; i < 3; i++) {
            assertEquals(before, templates.render("registration-confirmation", REGISTRATION).text());
        }
        assertEquals(1, errors.size(), errors.toString());
        String error = errors.get(0);
        assertTrue(error.contains(folder.resolve("registration-confirmation.text.ftl").toString()), error);
        assertTrue(error.contains("line 2"), error);
        assertTrue(error.contains("last good version"), error);

        edit("registration-confirmation.text.ftl", "Исправлено, ${contact}");
        assertEquals("Исправлено, Анна Петрова", templates.render("registration-confirmation", REGISTRATION).text());
    }

    @Test
    void aTemplateThatParsesButFailsOnTheLetterAlsoFallsBack() throws Exception {
        String before = templates.render("registration-confirmation", REGISTRATION).html().orElseThrow();
        edit("registration-confirmation.html.ftlh", "<p>\n${noSuchValue}</p>");
        assertEquals(before, templates.render("registration-confirmation", REGISTRATION).html().orElseThrow());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("registration-confirmation.html.ftlh line 2"), errors.get(0));
        assertTrue(errors.get(0).contains("noSuchValue"), errors.get(0));
    }

    @Test
    void aBrokenTemplateWithNoGoodVersionFailsNamingFileAndLine() throws Exception {
        edit("registration-confirmation.subject.ftl", "<#if>");
        LetterTemplateException e = assertThrows(LetterTemplateException.class,
                () -> templates.render("registration-confirmation", REGISTRATION));
        assertTrue(e.getMessage().contains("registration-confirmation.subject.ftl line 1"), e.getMessage());
    }

    @Test
    void aMissingValueWithoutAnEditIsTheCallersError() {
        LetterTemplateException e = assertThrows(LetterTemplateException.class,
                () -> templates.render("registration-confirmation", Map.of("company", "X")));
        assertTrue(e.getMessage().contains("registration-confirmation.text.ftl line"), e.getMessage());
        assertTrue(e.getMessage().contains("contact"), e.getMessage());
    }

    @Test
    void newCannotInstantiateClasses() throws Exception {
        Files.writeString(folder.resolve("evil.subject.ftl"), "x");
        Files.writeString(folder.resolve("evil.text.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        LetterTemplateException e = assertThrows(LetterTemplateException.class, () -> templates.render("evil", Map.of()));
        assertTrue(e.getMessage().contains("evil.text.ftl line 1"), e.getMessage());
    }

    @Test
    void theHtmlPartIsOptionalAndTextIsNot() throws Exception {
        Files.writeString(folder.resolve("plain.subject.ftl"), "Тема\n  в две\nстроки");
        Files.writeString(folder.resolve("plain.text.ftl"), "Текст");
        LetterContent letter = templates.render("plain", Map.of());
        assertEquals("Тема в две строки", letter.subject());
        assertTrue(letter.html().isEmpty());
        Files.delete(folder.resolve("plain.text.ftl"));
        LetterTemplateException e = assertThrows(LetterTemplateException.class, () -> templates.render("plain", Map.of()));
        assertTrue(e.getMessage().contains("no letter template " + folder.resolve("plain.text.ftl")), e.getMessage());
    }

    @Test
    void namesThatCouldLeaveTheFolderAreRefused() {
        for (String name : new String[] { "../etc/passwd", "Registration", "", "a/b" }) {
            assertThrows(IllegalArgumentException.class, () -> templates.render(name, Map.of()), name);
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        FreemarkerLetterTemplates nowhere = new FreemarkerLetterTemplates(folder.resolve("absent"), errors::add);
        LetterTemplateException e = assertThrows(LetterTemplateException.class, () -> nowhere.render("test-letter", Map.of()));
        assertTrue(e.getMessage().contains(folder.resolve("absent").toString()), e.getMessage());
    }

    @Test
    void theFolderIsOptovikEtcThenFileInstallsFolder() {
        assertEquals(Path.of("/srv/etc/templates"), TemplateFolder.of("/srv/etc", "/other"));
        assertEquals(Path.of("/other/templates"), TemplateFolder.of(null, "/other"));
        assertEquals(Path.of("run/etc/templates").toAbsolutePath(), TemplateFolder.of("", null));
    }

    /** Rewrites a file with a newer time stamp, as an editor's save is seen by the next letter. */
    private void edit(String file, String content) throws IOException {
        Path path = folder.resolve(file);
        FileTime before = Files.getLastModifiedTime(path);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(path, FileTime.fromMillis(before.toMillis() + 2000));
    }
}
