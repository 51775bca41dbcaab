package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceListLinks;

/** /pricelist?token=…: a client's current list through a signed, expiring link. */
class PriceListLinkTest {

    private static PriceListFixture f;
    private static PriceListLinks links;
    private static long client;
    private static long empty;

    @BeforeAll
    static void clients() throws Exception {
        f = new PriceListFixture("pricelist-links", 9);
        links = OptovikFramework.service(PriceListLinks.class);
        List<String> types = f.priceTypes();
        client = f.client("ООО «Ссылка»", Groups.everything(), f.discount("Ссылки", types.get(0), null, Map.of(), Rounding.KOPECK),
                false, StockView.TOTAL);
        ClientFixture.update("delete from catalog_price where price_type_id = ?", types.get(2));
        empty = f.client("ООО «Пусто»", Groups.everything(), f.discount("Без цен", types.get(2), null, Map.of(), Rounding.KOPECK),
                false, StockView.TOTAL);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    private static HttpResponse<byte[]> get(String link) throws Exception {
        URI uri = URI.create(link);
        OptovikFramework.await("the /pricelist servlet", () -> {
            try {
                return OptovikFramework.get("/pricelist").statusCode() != 404;
            } catch (Exception e) {
                return false;
            }
        });
        return OptovikFramework.sendBytes(OptovikFramework.request(uri.getRawPath() + "?" + uri.getRawQuery()).build());
    }

    @Test
    void aGoodLinkGivesTheClientsListAsAnAttachment() throws Exception {
        HttpResponse<byte[]> answer = get(links.link(client, Instant.now().plus(Duration.ofHours(1))));
        assertEquals(200, answer.statusCode());
        byte[] expected = Files.readAllBytes(f.lists.build(client, null).orElseThrow().path());
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(answer.body(), StandardCharsets.UTF_8));
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"pricelist-ooo-ssylka-"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''pricelist-ooo-ssylka-") && disposition.endsWith(".txt"), disposition);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void anExpiredLinkSaysSo() throws Exception {
        HttpResponse<byte[]> answer = get(links.link(client, Instant.now().minusSeconds(5)));
        assertEquals(410, answer.statusCode());
        assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("Ссылка устарела"));
    }

    @Test
    void aTamperedOrForgedLinkIsRefused() throws Exception {
        String good = links.link(client, Instant.now().plus(Duration.ofHours(1)));
        // a stretched expiry breaks the signature
        String stretched = good.replaceFirst("\\.(\\d+)\\.", "." + (Instant.now().getEpochSecond() + 999_999) + ".");
        for (String bad : List.of(stretched, good.substring(0, good.length() - 3) + "xyz", "http://x/pricelist?token=1.2.3", "http://x/pricelist?token=")) {
            HttpResponse<byte[]> answer = get(bad);
            assertEquals(403, answer.statusCode(), bad);
            assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("Ссылка недействительна"), bad);
        }
    }

    @Test
    void aListWithoutLinesIsAPageSayingSo() throws Exception {
        HttpResponse<byte[]> answer = get(links.link(empty, Instant.now().plus(Duration.ofHours(1))));
        assertEquals(200, answer.statusCode());
        assertTrue(new String(answer.body(), StandardCharsets.UTF_8).contains("нет позиций"));
    }
}
