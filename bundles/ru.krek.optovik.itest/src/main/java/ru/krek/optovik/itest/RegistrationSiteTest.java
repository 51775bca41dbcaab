package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.runtime.OptovikHome;

/** The registration site over HTTP against Firebird: form, validation, CSRF, the letter and its confirmation link. */
class RegistrationSiteTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern GROUP = Pattern.compile("name=\"groups\" value=\"([^\"]+)\"");

    /** A browser's memory for one test: the CSRF cookie and the last form's token. */
    private static final class Visitor {
        String cookie;
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest.Builder request = OptovikFramework.request(path);
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = OptovikFramework.send(request.build());
            response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, List<String>> form) throws Exception {
            String body = form.entrySet().stream().flatMap(e -> e.getValue().stream()
                    .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))).collect(Collectors.joining("&"));
            HttpRequest.Builder request = OptovikFramework.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return OptovikFramework.send(request.build());
        }
    }

    private static Map<String, List<String>> form(String csrf, String inn, String email, List<String> groups) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("company", List.of("ООО «Радиодеталь»"));
        form.put("inn", List.of(inn));
        form.put("kpp", List.of(""));
        form.put("contact", List.of("Мария Иванова"));
        form.put("email", List.of(email));
        form.put("phone", List.of("+7 812 000-00-00"));
        form.put("city", List.of("Санкт-Петербург"));
        form.put("groups", groups);
        form.put("pricelist_frequency", List.of("weekly"));
        form.put("notify_frequency", List.of("daily"));
        form.put("consent", List.of("yes"));
        if (csrf != null) {
            form.put("csrf", List.of(csrf));
        }
        return form;
    }

    private static int clients() throws Exception {
        return Integer.parseInt(ClientFixture.column("select count(*) from client").get(0));
    }

    @Test
    void theFormListsTheImportedGroupsUnderSecurityHeaders() throws Exception {
        ClientFixture.withCatalog("web-form", 3);
        HttpResponse<String> page = new Visitor().get("/");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Регистрация"), page.body());
        String name = ClientFixture.column("select first 1 name from catalog_group where gone = false order by id").get(0);
        assertTrue(page.body().contains(name), "group " + name + " on the form");
        long groups = GROUP.matcher(page.body()).results().count();
        assertEquals(Long.parseLong(ClientFixture.column("select count(*) from catalog_group where gone = false").get(0)), groups);
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(page.headers().firstValue("Set-Cookie").orElse("").contains("HttpOnly"));
        assertEquals(200, OptovikFramework.get("/health").statusCode(), "the site's context leaves /health alone");
        assertEquals(200, OptovikFramework.get("/static/site.css").statusCode());
    }

    @Test
    void aBadInnIsNamedBesideItsFieldKeepsTheValuesAndStoresNothing() throws Exception {
        ClientFixture.withCatalog("web-bad-inn", 4);
        Visitor browser = new Visitor();
        browser.get("/");
        HttpResponse<String> page = browser.post("/", form(browser.csrf, "7707083890", "bad-inn@example.ru", List.of()));
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"inn-error\""), page.body());
        assertTrue(page.body().contains("value=\"7707083890\""), "the INN typed stays in the field");
        assertTrue(page.body().contains("value=\"ООО «Радиодеталь»\""), "the company stays in its field");
        assertFalse(page.body().contains("id=\"email-error\""), "only the bad field is named");
        assertEquals(0, clients());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        ClientFixture.withCatalog("web-csrf", 5);
        Visitor browser = new Visitor();
        browser.get("/");
        assertEquals(403, browser.post("/", form(null, "7707083893", "no-csrf@example.ru", List.of())).statusCode());
        assertEquals(403, browser.post("/", form("forged", "7707083893", "no-csrf@example.ru", List.of())).statusCode());
        Visitor stranger = new Visitor(); // a cross-site post carries no cookie of ours
        assertEquals(403, stranger.post("/", form(browser.csrf, "7707083893", "no-csrf@example.ru", List.of())).statusCode());
        assertEquals(0, clients());
    }

    @Test
    void anOversizedFormIsRefusedAndAnUnknownTokenGetsItsOwnPage() throws Exception {
        ClientFixture.withCatalog("web-limits", 7);
        Visitor browser = new Visitor();
        browser.get("/");
        Map<String, List<String>> huge = form(browser.csrf, "7707083893", "huge@example.ru", List.of());
        huge.put("city", List.of("м".repeat(40_000)));
        assertEquals(413, browser.post("/", huge).statusCode());
        assertEquals(0, clients());

        browser.get("/confirm?token=no-such-token");
        HttpResponse<String> unknown = browser.post("/confirm", Map.of("csrf", List.of(browser.csrf), "token", List.of("no-such-token")));
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("data-outcome=\"UNKNOWN\""), unknown.body());
        assertTrue(unknown.body().contains("Ссылка не найдена"), unknown.body());
        assertEquals(404, browser.get("/no-such-page").statusCode());
    }

    @Test
    void aRegistrationSendsALetterWhoseLinkConfirmsTheClient() throws Exception {
        ClientFixture.withCatalog("web-register", 6);
        String email = "site-" + System.nanoTime() + "@example.ru";
        String group = ClientFixture.parentAndChild()[0];
        Visitor browser = new Visitor();
        browser.get("/");
        HttpResponse<String> done = browser.post("/", form(browser.csrf, "7707083893", email, List.of(group)));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("Проверьте почту"), done.body());

        String link = confirmLink(email);
        assertTrue(link.startsWith("http://localhost:8080/confirm?token="), link);
        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        String id = ClientFixture.column("select id from client where email_key = ?", email).get(0);
        assertTrue(RuntimeTest.gogo("client:show " + id).contains("pending"));

        HttpResponse<String> button = browser.get(path);
        assertEquals(200, button.statusCode());
        assertTrue(button.body().contains("Подтвердить"), button.body());
        assertTrue(RuntimeTest.gogo("client:show " + id).contains("pending"), "a GET confirms nothing");
        String token = URI.create(link).getQuery().substring("token=".length());
        HttpResponse<String> confirmed = browser.post("/confirm", Map.of("csrf", List.of(browser.csrf), "token", List.of(token)));
        assertTrue(confirmed.body().contains("data-outcome=\"CONFIRMED\""), confirmed.body());
        assertTrue(RuntimeTest.gogo("client:show " + id).contains("active"), RuntimeTest.gogo("client:show " + id));

        HttpResponse<String> again = browser.post("/confirm", Map.of("csrf", List.of(browser.csrf), "token", List.of(token)));
        assertTrue(again.body().contains("data-outcome=\"ALREADY_USED\""), again.body());

        // the same e-mail again: the same page, no second client
        browser.get("/");
        HttpResponse<String> twice = browser.post("/", form(browser.csrf, "7707083893", email.toUpperCase(), List.of()));
        assertEquals(200, twice.statusCode());
        assertEquals(done.body().replace(email, ""), twice.body().replace(email.toUpperCase(), ""));
        assertEquals(1, clients());
    }

    /** The confirmation link from the letter to this address in the pickup folder. */
    private static String confirmLink(String email) throws Exception {
        Path pickup = OptovikHome.of(OptovikFramework.context()).resolve("mail/pickup");
        try (Stream<Path> files = Files.list(pickup)) {
            for (Path eml : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                MimeMessage letter = MailTest.read(eml);
                if (!letter.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().contains(email)) {
                    continue;
                }
                String text = MailTest.withAngus(() -> plainText(letter.getContent()));
                Matcher m = Pattern.compile("(http\\S+/confirm\\?token=\\S+)").matcher(text);
                assertTrue(m.find(), text);
                return m.group(1);
            }
        }
        throw new AssertionError("no letter to " + email + " in " + pickup);
    }

    /** The first text/plain part, however deep the letter nests its alternatives. */
    private static String plainText(Object content) throws Exception {
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
