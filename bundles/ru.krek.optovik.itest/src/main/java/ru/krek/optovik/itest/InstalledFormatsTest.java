package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/** The formats offered are the formatter services installed right now; they come and go while the site runs. */
class InstalledFormatsTest {

    /** A formatter as a format bundle would register it; it writes nothing here. */
    private record Fake(String id, String displayName) implements PriceListFormatter {
        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return id;
        }

        @Override
        public void write(PriceList list, OutputStream out) {
        }
    }

    @Test
    void aClientChoosesAmongTheInstalledFormatsAndKeepsOneThatLeft() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("web-formats", 31);
        Client client = f.directory.add(NewClient.of(ClientFixture.details("ООО «Фарад»", "7707083893", "formats@example.ru")));
        String token = URLEncoder.encode(f.directory.accessToken(client.id()), StandardCharsets.UTF_8);
        ServiceRegistration<PriceListFormatter> ods = OptovikFramework.context().registerService(PriceListFormatter.class,
                new Fake("ods", "Таблица OpenDocument"), null);
        try {
            SiteVisitor browser = new SiteVisitor();
            HttpResponse<String> form = browser.get("/");
            assertTrue(form.body().contains("value=\"ods\""), "the registration form offers it");
            HttpResponse<String> page = browser.get("/preferences?token=" + token);
            assertTrue(page.body().contains("Таблица OpenDocument (ods)"), page.body());
            Map<String, List<String>> choice = new LinkedHashMap<>();
            choice.put("token", List.of(f.directory.accessToken(client.id())));
            choice.put("formats", List.of("ods"));
            choice.put("stock", List.of("total"));
            choice.put("pricelist_frequency", List.of("daily"));
            choice.put("notify_frequency", List.of("instant"));
            choice.put("csrf", List.of(browser.csrf));
            assertEquals(200, browser.post("/preferences", choice).statusCode());
            assertEquals(List.of("ods"), f.directory.find(client.id()).orElseThrow().options().formats());

            ods.unregister();
            ods = null;
            HttpResponse<String> without = browser.get("/preferences?token=" + token);
            assertTrue(without.body().contains("value=\"ods\" checked> ods (ods) <span class=\"gone-mark\">(сейчас не установлен)</span>"),
                    "the client's format that left stays ticked, marked: " + without.body());
            assertFalse(browser.get("/").body().contains("value=\"ods\""), "a removed formatter is no longer offered");
            assertEquals(200, browser.post("/preferences", choice).statusCode(), "the client's own choice stays acceptable");
            choice.put("formats", List.of("xls"));
            assertEquals(400, browser.post("/preferences", choice).statusCode(), "but nothing new that is not installed");
            assertEquals(List.of("ods"), f.directory.find(client.id()).orElseThrow().options().formats());
        } finally {
            if (ods != null) {
                ods.unregister();
            }
        }
    }
}
