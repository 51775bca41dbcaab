package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.NewClient;

/**
 * What the registration form does beyond the happy path, against Firebird: the letters a known, blocked or
 * to-be-approved address gets (the page is the same for all), the rate limit, header injection, and a
 * confirmation after unsubscribing.
 */
class RegistrationOutcomesTest {

    /** One database and catalog for the class; each test counts only its own clients (by e-mail stamp). */
    private static ClientFixture f;

    @BeforeAll
    static void catalog() throws Exception {
        f = ClientFixture.withCatalog("web-outcomes", 21);
    }

    private static int clients(String stamp) throws Exception {
        return Integer.parseInt(ClientFixture.column("select count(*) from client where email_key like ?", "%" + stamp + "%").get(0));
    }

    private static String page(HttpResponse<String> response, String email) {
        return response.body().replace(email, "");
    }

    @Test
    void aKnownAddressGetsItsPreferencesLinkABlockedOneNothingAndTheSamePage() throws Exception {
        String stamp = "k" + System.nanoTime();
        String known = "known-" + stamp + "@example.ru";
        String blocked = "blocked-" + stamp + "@example.ru";
        String fresh = "fresh-" + stamp + "@example.ru";
        Client active = f.directory.add(NewClient.of(ClientFixture.details("ООО «Ом»", "7707083893", known)));
        Client refused = f.directory.add(NewClient.of(ClientFixture.details("ООО «Вольт»", "7707083893", blocked)));
        f.directory.block(refused.id());

        SiteVisitor browser = new SiteVisitor();
        HttpResponse<String> newOne = browser.register("7707083893", fresh, List.of());
        HttpResponse<String> knownOne = browser.register("7707083893", known, List.of());
        HttpResponse<String> blockedOne = browser.register("7707083893", blocked, List.of());
        assertEquals(200, knownOne.statusCode());
        assertEquals(page(newOne, fresh), page(knownOne, known), "the page does not tell a known address");
        assertEquals(page(newOne, fresh), page(blockedOne, blocked));
        assertEquals(3, clients(stamp), "no second client for a known address");

        MimeMessage note = Pickup.only(known);
        assertTrue(note.getSubject().contains("уже получает"), note.getSubject());
        assertTrue(note.getHeader("List-Unsubscribe")[0].contains("/unsubscribe?token="), "one-click header");
        assertEquals("List-Unsubscribe=One-Click", note.getHeader("List-Unsubscribe-Post")[0]);
        String link = Pickup.link(note, "/preferences");
        assertEquals(200, browser.get(Pickup.pathOf(link)).statusCode(), "its link opens the preferences");
        assertEquals(ClientStatus.ACTIVE, f.directory.find(active.id()).orElseThrow().status());
        assertEquals(0, Pickup.lettersTo(blocked).size(), "a blocked address gets nothing");
        assertEquals(1, Pickup.lettersTo(fresh).size());
    }

    @Test
    void controlCharactersNeverReachALetter() throws Exception {
        String email = "crlf-" + System.nanoTime() + "@example.ru";
        SiteVisitor browser = new SiteVisitor();
        browser.get("/");
        Map<String, List<String>> form = SiteVisitor.registration(browser.csrf, "7707083893", email, List.of());
        form.put("contact", List.of("Мария\r\nBcc: victim@example.com"));
        HttpResponse<String> page = browser.post("/", form);
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("id=\"contact-error\""), page.body());
        assertEquals(0, clients(email));
        assertEquals(0, Pickup.lettersTo(email).size());
        assertEquals(0, Pickup.lettersTo("victim@example.com").size());
    }

    @Test
    void overTheRateLimitA429AndNothingStored() throws Exception {
        OptovikFramework.configure("optovik.web", "registration.rate.per.hour", 2, "trusted.proxies", "127.0.0.1");
        try {
            awaitSite("(registration.rate.per.hour=2)");
            SiteVisitor behindProxy = new SiteVisitor();
            behindProxy.forwardedFor = "203.0.113.7";
            long stamp = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                assertEquals(200, behindProxy.register("7707083893", "rate-" + i + "-" + stamp + "@example.ru", List.of()).statusCode());
            }
            HttpResponse<String> refused = behindProxy.register("7707083893", "rate-2-" + stamp + "@example.ru", List.of());
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Слишком много регистраций"), refused.body());
            assertEquals(2, clients("-" + stamp + "@"), "nothing stored");
            assertEquals(0, Pickup.lettersTo("rate-2-" + stamp + "@example.ru").size());

            SiteVisitor neighbour = new SiteVisitor();
            neighbour.forwardedFor = "203.0.113.8";
            assertEquals(200, neighbour.register("7707083893", "rate-3-" + stamp + "@example.ru", List.of()).statusCode(),
                    "another address behind the same proxy has its own allowance");
            SiteVisitor local = new SiteVisitor(); // loopback itself, with its larger allowance
            for (int i = 0; i < 4; i++) {
                assertEquals(200, local.register("7707083893", "local-" + i + "-" + stamp + "@example.ru", List.of()).statusCode());
            }
        } finally {
            OptovikFramework.unconfigure("optovik.web");
            awaitSite("(!(registration.rate.per.hour=2))");
        }
    }

    @Test
    void whenManagersApproveTheManagerHearsOfEachNewClient() throws Exception {
        String manager = "manager-" + System.nanoTime() + "@krek.ru";
        OptovikFramework.configure("optovik.clients", "approval.required", true, "manager.email", manager,
                "manager.name", "Анна Смирнова");
        try {
            OptovikFramework.await("the directory with approval", () -> directoryHas("(approval.required=true)"));
            awaitSite("(objectClass=*)");
            String email = "approve-" + System.nanoTime() + "@example.ru";
            assertEquals(200, new SiteVisitor().register("7707083893", email, List.of()).statusCode());
            MimeMessage letter = Pickup.only(manager);
            assertTrue(letter.getSubject().contains("ООО «Радиодеталь»"), letter.getSubject());
            String text = MailTest.withAngus(() -> Pickup.plainText(letter.getContent()));
            String id = ClientFixture.column("select id from client where email_key = ?", email).get(0);
            assertTrue(text.contains("client:approve " + id), text);
            assertTrue(text.contains(email), text);
            assertEquals(1, Pickup.lettersTo(email).size(), "the client still gets the confirmation");
        } finally {
            OptovikFramework.unconfigure("optovik.clients");
            OptovikFramework.await("the directory without approval", () -> directoryHas("(!(approval.required=true))"));
            awaitSite("(objectClass=*)");
        }
    }

    @Test
    void aConfirmationAfterUnsubscribingGetsItsOwnPage() throws Exception {
        String email = "changed-mind-" + System.nanoTime() + "@example.ru";
        SiteVisitor browser = new SiteVisitor();
        browser.register("7707083893", email, List.of());
        MimeMessage letter = Pickup.only(email);
        String unsubscribe = letter.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        browser.get(Pickup.pathOf(unsubscribe));
        HttpResponse<String> left = browser.post("/unsubscribe", Map.of("token", List.of(Pickup.tokenOf(unsubscribe)),
                "csrf", List.of(browser.csrf)));
        assertTrue(left.body().contains("id=\"unsubscribed\""), left.body());

        String confirm = Pickup.link(letter, "/confirm");
        browser.get(Pickup.pathOf(confirm));
        HttpResponse<String> page = browser.post("/confirm", Map.of("token", List.of(Pickup.tokenOf(confirm)),
                "csrf", List.of(browser.csrf)));
        assertTrue(page.body().contains("data-outcome=\"UNSUBSCRIBED\""), page.body());
        String id = ClientFixture.column("select id from client where email_key = ?", email).get(0);
        assertTrue(RuntimeTest.gogo("client:show " + id).contains("unsubscribed"));
    }

    private static boolean directoryHas(String filter) {
        try {
            ServiceReference<?>[] refs = OptovikFramework.context().getServiceReferences(ClientDirectory.class.getName(), filter);
            return refs != null && refs.length > 0;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits until the registration servlet runs with the configuration matching the filter and answers /. */
    private static void awaitSite(String filter) {
        OptovikFramework.await("the registration servlet " + filter, () -> {
            try {
                ServiceReference<?>[] refs = OptovikFramework.context().getServiceReferences("jakarta.servlet.Servlet",
                        "(&(component.name=ru.krek.optovik.web.internal.RegistrationServlet)" + filter + ")");
                return refs != null && OptovikFramework.get("/").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }
}
