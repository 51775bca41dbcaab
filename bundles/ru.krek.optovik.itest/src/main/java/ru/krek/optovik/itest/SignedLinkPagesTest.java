package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;

/** /preferences and /unsubscribe through a letter's signed link, against Firebird: every bad link and form refused. */
class SignedLinkPagesTest {

    /** One database and catalog for the class (each test has its own clients): imports are the slow part. */
    private static ClientFixture f;

    @BeforeAll
    static void catalog() throws Exception {
        f = ClientFixture.withCatalog("signed-links", 11);
    }

    private static Client activeClient(ClientFixture f, String email, List<String> groups) throws Exception {
        return f.directory.add(new NewClient(ClientFixture.details("ООО «Ампер»", "7707083893", email), ClientStatus.ACTIVE,
                Groups.of(groups), ClientOptions.defaults(), null, null));
    }

    private static String q(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The preferences form with the given groups and settings. */
    private static Map<String, List<String>> preferences(String csrf, String token, List<String> groups, String format) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("token", List.of(token));
        form.put("groups", groups);
        form.put("formats", format == null ? List.of() : List.of(format));
        form.put("in_stock_only", List.of("yes"));
        form.put("stock", List.of("per-warehouse"));
        form.put("pricelist_frequency", List.of("monthly"));
        form.put("notify_frequency", List.of("off"));
        if (csrf != null) {
            form.put("csrf", List.of(csrf));
        }
        return form;
    }

    @Test
    void preferencesShowTheClientsChoicesAndSaveNewOnes() throws Exception {
        String[] pc = ClientFixture.parentAndChild();
        Client client = activeClient(f, "prefs-" + System.nanoTime() + "@example.ru", List.of(pc[1]));
        String token = f.directory.accessToken(client.id());
        SiteVisitor browser = new SiteVisitor();
        HttpResponse<String> page = browser.get("/preferences?token=" + q(token));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("value=\"" + pc[1] + "\" checked"), "the client's group is ticked");
        assertFalse(page.body().contains("value=\"" + pc[0] + "\" checked"));
        for (String format : List.of("xlsx", "pdf", "csv")) {
            assertTrue(page.body().contains("name=\"formats\" value=\"" + format + "\""), "the runtime's formatter " + format + " is offered");
        }

        HttpResponse<String> saved = browser.post("/preferences", preferences(browser.csrf, token, List.of(pc[0]), null));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("id=\"saved\""), saved.body());
        Client after = f.directory.find(client.id()).orElseThrow();
        assertEquals(Groups.of(List.of(pc[0])), after.groups());
        assertEquals(new ClientOptions(List.of(), true, StockView.PER_WAREHOUSE, PriceListFrequency.MONTHLY, NotifyFrequency.OFF),
                after.options());

        browser.post("/preferences", preferences(browser.csrf, token, List.of(), null));
        assertTrue(f.directory.find(client.id()).orElseThrow().groups().all(), "nothing ticked = the whole catalog");
    }

    @Test
    void badFormsChangeNothing() throws Exception {
        String[] pc = ClientFixture.parentAndChild();
        Client client = activeClient(f, "prefs-bad-" + System.nanoTime() + "@example.ru", List.of(pc[1]));
        String token = f.directory.accessToken(client.id());
        SiteVisitor browser = new SiteVisitor();
        browser.get("/preferences?token=" + q(token));

        HttpResponse<String> noCsrf = browser.post("/preferences", preferences(null, token, List.of(pc[0]), null));
        assertEquals(403, noCsrf.statusCode());
        assertTrue(noCsrf.body().contains("id=\"form-error\""), noCsrf.body());
        SiteVisitor stranger = new SiteVisitor();
        assertEquals(403, stranger.post("/preferences", preferences(browser.csrf, token, List.of(pc[0]), null)).statusCode(),
                "a cross-site post without our cookie");

        HttpResponse<String> badFormat = browser.post("/preferences", preferences(browser.csrf, token, List.of(pc[0]), "docx"));
        assertEquals(400, badFormat.statusCode());
        assertTrue(badFormat.body().contains("id=\"formats-error\""), badFormat.body());

        HttpResponse<String> badGroup = browser.post("/preferences", preferences(browser.csrf, token, List.of("no-such-group"), null));
        assertEquals(400, badGroup.statusCode(), badGroup.body());
        assertTrue(badGroup.body().contains("id=\"groups-error\""), badGroup.body());

        Map<String, List<String>> badFrequency = preferences(browser.csrf, token, List.of(pc[0]), null);
        badFrequency.put("pricelist_frequency", List.of("hourly"));
        assertEquals(400, browser.post("/preferences", badFrequency).statusCode());

        assertEquals(client.groups(), f.directory.find(client.id()).orElseThrow().groups());
        assertEquals(client.options(), f.directory.find(client.id()).orElseThrow().options());
    }

    @Test
    void forgedStaleBlockedAndErasedLinksAreRefused() throws Exception {
        String[] pc = ClientFixture.parentAndChild();
        Client client = activeClient(f, "links-" + System.nanoTime() + "@example.ru", List.of(pc[1]));
        Client other = activeClient(f, "other-" + System.nanoTime() + "@example.ru", List.of(pc[1]));
        String token = f.directory.accessToken(client.id());
        String otherToken = f.directory.accessToken(other.id());
        SiteVisitor browser = new SiteVisitor();
        browser.get("/preferences?token=" + q(token));
        String csrf = browser.csrf;

        String forged = other.id() + token.substring(token.indexOf('.')); // my signature on another id
        for (String bad : List.of(forged, token + "x", "", "abc", otherToken.substring(0, otherToken.length() - 2))) {
            for (String path : List.of("/preferences", "/unsubscribe")) {
                HttpResponse<String> page = browser.get(path + "?token=" + q(bad));
                assertEquals(403, page.statusCode(), path + " " + bad);
                assertTrue(page.body().contains("id=\"invalid-link\""), page.body());
            }
            assertEquals(403, browser.post("/preferences", preferences(csrf, bad, List.of(pc[0]), null)).statusCode());
            assertEquals(403, browser.post("/unsubscribe?token=" + q(bad), Map.of("List-Unsubscribe", List.of("One-Click"))).statusCode());
        }
        assertEquals(ClientStatus.ACTIVE, f.directory.find(other.id()).orElseThrow().status());

        // a changed e-mail voids the links sent to the old one
        f.directory.edit(client.id(), ClientFixture.details("ООО «Ампер»", "7707083893", "new-links-" + System.nanoTime() + "@example.ru"));
        assertTrue(browser.get("/preferences?token=" + q(token)).body().contains("id=\"invalid-link\""));
        String fresh = f.directory.accessToken(client.id());
        assertEquals(200, browser.get("/preferences?token=" + q(fresh)).statusCode());

        f.directory.block(client.id());
        HttpResponse<String> blocked = browser.get("/preferences?token=" + q(fresh));
        assertEquals(403, blocked.statusCode());
        assertTrue(blocked.body().contains("id=\"blocked\""), blocked.body());
        assertEquals(403, browser.post("/preferences", preferences(browser.csrf, fresh, List.of(pc[0]), null)).statusCode());
        assertEquals(403, browser.post("/unsubscribe?token=" + q(fresh), Map.of("List-Unsubscribe", List.of("One-Click"))).statusCode());
        Client stillBlocked = f.directory.find(client.id()).orElseThrow();
        assertEquals(ClientStatus.BLOCKED, stillBlocked.status());
        assertEquals(Groups.of(List.of(pc[1])), stillBlocked.groups());

        f.directory.erase(other.id());
        assertTrue(browser.get("/preferences?token=" + q(otherToken)).body().contains("id=\"invalid-link\""), "erased");
    }

    @Test
    void aGroupTheCatalogLostIsShownAsRemovedAndKeptUntilUnticked() throws Exception {
        String[] pc = ClientFixture.parentAndChild();
        // a group no other test of this class uses, since it leaves the catalog here
        pc[1] = ClientFixture.column("select first 1 id from catalog_group where gone = false and parent_id is not null "
                + "and id <> ? and parent_id <> ? order by id desc", pc[1], pc[0]).get(0);
        Client client = activeClient(f, "gone-" + System.nanoTime() + "@example.ru", List.of(pc[0], pc[1]));
        String name = ClientFixture.column("select name from catalog_group where id = ?", pc[1]).get(0);
        ClientFixture.update("update catalog_group set gone = true where id = ?", pc[1]); // as a full import without it does
        String token = f.directory.accessToken(client.id());
        SiteVisitor browser = new SiteVisitor();
        HttpResponse<String> page = browser.get("/preferences?token=" + q(token));
        assertTrue(page.body().contains("value=\"" + pc[1] + "\" checked> " + name + " <span class=\"gone-mark\">(удалена из каталога)</span>"),
                page.body());

        browser.post("/preferences", preferences(browser.csrf, token, List.of(pc[0], pc[1]), null));
        assertEquals(List.of(pc[0], pc[1]), f.directory.find(client.id()).orElseThrow().groups().ids(), "kept while ticked");
        browser.post("/preferences", preferences(browser.csrf, token, List.of(pc[0]), null));
        assertEquals(List.of(pc[0]), f.directory.find(client.id()).orElseThrow().groups().ids());
        assertFalse(browser.get("/preferences?token=" + q(token)).body().contains("удалена из каталога"), "unticked, gone for good");
    }

    @Test
    void unsubscribeNeedsTheButtonAndItsCsrfToken() throws Exception {
        Client client = activeClient(f, "leave-" + System.nanoTime() + "@example.ru", List.of(ClientFixture.parentAndChild()[0]));
        String token = f.directory.accessToken(client.id());
        SiteVisitor browser = new SiteVisitor();
        HttpResponse<String> button = browser.get("/unsubscribe?token=" + q(token));
        assertEquals(200, button.statusCode());
        assertTrue(button.body().contains("id=\"unsubscribe\""), button.body());
        assertEquals(ClientStatus.ACTIVE, f.directory.find(client.id()).orElseThrow().status(), "a GET changes nothing");

        Map<String, List<String>> form = new LinkedHashMap<>(Map.of("token", List.of(token)));
        assertEquals(403, browser.post("/unsubscribe", form).statusCode(), "no CSRF token");
        assertEquals(403, new SiteVisitor().post("/unsubscribe", Map.of("token", List.of(token), "csrf", List.of(browser.csrf)))
                .statusCode(), "no cookie");
        assertEquals(ClientStatus.ACTIVE, f.directory.find(client.id()).orElseThrow().status());

        form.put("csrf", List.of(browser.csrf));
        HttpResponse<String> done = browser.post("/unsubscribe", form);
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("id=\"unsubscribed\""), done.body());
        assertEquals(ClientStatus.UNSUBSCRIBED, f.directory.find(client.id()).orElseThrow().status());
        HttpResponse<String> again = browser.post("/unsubscribe", form);
        assertTrue(again.body().contains("id=\"already-unsubscribed\""), again.body());
    }

    @Test
    void oneClickWorksWithoutCookiesByItsSignedUrlAlone() throws Exception {
        Client client = activeClient(f, "one-click-" + System.nanoTime() + "@example.ru", List.of(ClientFixture.parentAndChild()[0]));
        String token = f.directory.accessToken(client.id());
        // what a mail client sends for List-Unsubscribe-Post (RFC 8058): no cookie, no CSRF field
        HttpResponse<String> answer = OptovikFramework.send(OptovikFramework.request("/unsubscribe?token=" + q(token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(ClientStatus.UNSUBSCRIBED, f.directory.find(client.id()).orElseThrow().status());

        Client kept = activeClient(f, "kept-" + System.nanoTime() + "@example.ru", List.of(ClientFixture.parentAndChild()[0]));
        HttpResponse<String> other = OptovikFramework.send(OptovikFramework.request("/unsubscribe?token=" + q(f.directory.accessToken(kept.id())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=Something-Else")).build());
        assertEquals(403, other.statusCode(), "without One-Click it is a form post and needs CSRF");
        assertEquals(ClientStatus.ACTIVE, f.directory.find(kept.id()).orElseThrow().status());
    }
}
