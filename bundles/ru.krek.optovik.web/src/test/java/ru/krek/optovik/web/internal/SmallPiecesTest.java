package ru.krek.optovik.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.SubscribedGroup;

/** MailText, SiteUrls and GroupChoices: the small pure pieces the pages and letters use. */
class SmallPiecesTest {

    @Test
    void headerTextLosesLineBreaksAndControls() {
        assertEquals("ООО Рога Bcc: x@evil.ru", MailText.oneLine("ООО Рога\r\nBcc: x@evil.ru"));
        assertEquals("a b", MailText.oneLine("a\u0000\tb\u2028"));
        assertEquals("", MailText.oneLine(null));
    }

    @Test
    void linksAreUnderThePublicUrlWithEncodedTokens() {
        SiteUrls urls = new SiteUrls("https://opt.krek.ru");
        assertEquals("https://opt.krek.ru/", urls.base());
        assertEquals("https://opt.krek.ru/preferences?token=17.a-b_c", urls.preferences("17.a-b_c"));
        assertEquals("https://opt.krek.ru/unsubscribe?token=a%26b%3D", urls.unsubscribe("a&b="));
        assertEquals("https://opt.krek.ru/confirm?token=t", urls.confirm("t"));
        assertEquals("https://opt.krek.ru/pricelist?token=17.a.1700000000.s%2Bg", urls.pricelist("17.a.1700000000.s+g"));
        assertEquals("http://localhost:8080/", new SiteUrls(" ").base());
    }

    @Test
    void aGroupTheCatalogLostStaysTickedAndMarked() {
        List<CatalogGroups.Node> tree = List.of(new CatalogGroups.Node("a", "Резисторы", 0),
                new CatalogGroups.Node("a1", "SMD", 1), new CatalogGroups.Node("b", "Конденсаторы", 7));
        List<SubscribedGroup> subscribed = List.of(new SubscribedGroup("a1", "SMD", false),
                new SubscribedGroup("z", "Лампы", true), new SubscribedGroup("y", "", true));
        List<Map<String, Object>> rows = GroupChoices.rows(tree, List.of("a1", "z", "y"), subscribed);
        assertEquals(5, rows.size());
        assertEquals(Map.of("id", "a1", "name", "SMD", "depth", 1, "checked", true, "gone", false), rows.get(1));
        assertEquals(false, rows.get(0).get("checked"));
        assertEquals(4, rows.get(2).get("depth"), "deep levels indent no further than the style sheet goes");
        assertEquals(Map.of("id", "z", "name", "Лампы", "depth", 0, "checked", true, "gone", true), rows.get(3));
        assertEquals("y", rows.get(4).get("name"), "a group the catalog never named shows its id");
        assertEquals(3, GroupChoices.rows(tree, List.of(), subscribed).size(), "an unticked gone group is gone for good");
    }
}
