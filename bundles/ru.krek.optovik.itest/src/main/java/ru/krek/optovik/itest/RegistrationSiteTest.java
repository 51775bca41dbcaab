package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registration site over HTTP against Firebird: form, validation, CSRF, the letter and its confirmation link. */
class RegistrationSiteTest {

    private static final Pattern GROUP = Pattern.compile("name=\"groups\" value=\"([^\"]+)\"");

    private static Map<String, List<String>> form(String csrf, String inn, String email, List<String> groups) {
        return SiteVisitor.registration(csrf, inn, email, groups);
    }

    private static int clients() throws Exception {
        return Integer.parseInt(ClientFixture.column("select count(*) from client").get(0));
    }

    @Test
    void theFormListsTheImportedGroupsUnderSecurityHeaders() throws Exception {
        ClientFixture.withCatalog("web-form", 3);
        HttpResponse<String> page = new SiteVisitor().get("/");
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
        SiteVisitor browser = new SiteVisitor();
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
        SiteVisitor browser = new SiteVisitor();
        browser.get("/");
        assertEquals(403, browser.post("/", form(null, "7707083893", "no-csrf@example.ru", List.of())).statusCode());
        assertEquals(403, browser.post("/", form("forged", "7707083893", "no-csrf@example.ru", List.of())).statusCode());
        SiteVisitor stranger = new SiteVisitor(); // a cross-site post carries no cookie of ours
        assertEquals(403, stranger.post("/", form(browser.csrf, "7707083893", "no-csrf@example.ru", List.of())).statusCode());
        assertEquals(0, clients());
    }

    @Test
    void anOversizedFormIsRefusedAndAnUnknownTokenGetsItsOwnPage() throws Exception {
        ClientFixture.withCatalog("web-limits", 7);
        SiteVisitor browser = new SiteVisitor();
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
        SiteVisitor browser = new SiteVisitor();
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

    private static String confirmLink(String email) throws Exception {
        return Pickup.link(Pickup.only(email), "/confirm");
    }
}
