package ru.krek.optovik.mail.internal.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterContent;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceListFormat;
import ru.krek.optovik.api.pricelist.PriceListLinks;
import ru.krek.optovik.mail.internal.mime.MimeLetters;

/** The price-list letter's headers, with the directory, templates and post office as simple stand-ins. */
class TemplateClientLettersTest {

    @TempDir
    Path dir;

    @Test
    void lineBreaksInNamesCannotAddHeadersAndTheMailingHeadersAreSet() throws Exception {
        Client client = new Client(17, new ClientDetails("ООО «Альфа»\r\nBcc: victim@evil.example", "7707083893", "",
                "Иван\r\nBcc: spy@evil.example", "ivan@alfa.example", List.of("buh@alfa.example"), "", "",
                new Manager("Анна\nX-Injected: 1", "anna@krek.example")), ClientStatus.ACTIVE, Instant.now(), Instant.now(), null,
                null, null, ClientOptions.defaults(), null);
        Path file = Files.writeString(dir.resolve("list.csv"), "код;цена\n");
        Letter letter = letters(1).priceList(client, new Campaign(5, "pricelist", "week-2026-W48", Instant.now(), false, 0),
                new PriceListFile(file, "Прайс\r\nлист.csv", new PriceListFormat("csv", "CSV", "text/csv", "csv", "t", "0"), 1, 0));

        assertEquals("<pricelist.5.client.17@krek.example>", letter.messageId().value());
        assertEquals(new Mailbox("ivan@alfa.example", "Иван Bcc: spy@evil.example"), letter.to());
        assertEquals(Optional.of(new Mailbox("anna@krek.example", "Анна X-Injected: 1")), letter.replyTo());
        assertEquals(List.of(Mailbox.of("buh@alfa.example")), letter.extraRecipients());
        assertEquals("Прайс лист.csv", letter.attachments().get(0).name());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MimeLetters mime = new MimeLetters(new Properties());
        mime.writeTo(mime.compose(letter, Instant.now()), out);
        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(out.toByteArray()));
        assertEquals(null, read.getHeader("Bcc"));
        assertEquals(null, read.getHeader("X-Injected"));
        assertTrue(read.getSubject().contains("ООО «Альфа» Bcc: victim@evil.example"), read.getSubject());
        assertEquals("List-Unsubscribe=One-Click", read.getHeader("List-Unsubscribe-Post", null));
        assertTrue(read.getHeader("List-Unsubscribe", null).contains("https://opt.krek.example/unsubscribe?token=signed-17"));
    }

    @Test
    void aFileAboveTheLimitTravelsAsItsSignedLink() throws Exception {
        Client client = new Client(3, new ClientDetails("Бета", "7736207543", "", "", "b@beta.example", List.of(), "", "", null),
                ClientStatus.ACTIVE, Instant.now(), Instant.now(), null, null, null, ClientOptions.defaults(), null);
        Path file = Files.write(dir.resolve("big.csv"), new byte[2048]);
        Letter letter = letters(1).priceList(client, new Campaign(6, "pricelist", "day", Instant.now(), false, 0),
                new PriceListFile(file, "big.csv", new PriceListFormat("csv", "CSV", "text/csv", "csv", "t", "0"), 9, 0));
        assertTrue(letter.attachments().isEmpty());
        assertTrue(letter.text().contains("attached=false url=https://opt.krek.example/pricelist?token=signed-3"), letter.text());
        assertFalse(letter.replyTo().isPresent());
    }

    @Test
    void anyTemplateGetsTheClientsValuesBesideItsOwnAndTheMailingHeaders() throws Exception {
        Client client = new Client(4, new ClientDetails("Гамма\u2028Bcc: x@evil.example", "7736207543", "", "Пётр", "p@gamma.example",
                List.of(), "", "", null), ClientStatus.ACTIVE, Instant.now(), Instant.now(), null, null, null, ClientOptions.defaults(), null);
        Letter letter = letters(1).compose(client, new Campaign(8, "changes", "import-3", Instant.now(), false, 0), "change-notification",
                Map.of("period", "загрузка 3", "attached", "own"));
        assertEquals("<changes.8.client.4@krek.example>", letter.messageId().value());
        assertEquals("Прайс-лист для Гамма Bcc: x@evil.example", letter.subject());
        assertTrue(letter.text().contains("attached=own url=https://opt.krek.example/pricelist?token=signed-4"), letter.text());
        assertTrue(letter.headers().get("List-Unsubscribe").contains("https://opt.krek.example/unsubscribe?token=signed-4"));
    }

    private static TemplateClientLetters letters(int maxKb) {
        LetterLinks links = (LetterLinks) Proxy.newProxyInstance(LetterLinks.class.getClassLoader(), new Class<?>[] { LetterLinks.class },
                (p, m, a) -> switch (m.getName()) {
                    case "public_url" -> "https://opt.krek.example";
                    case "unsubscribe_address" -> "";
                    case "attachment_max_kb" -> maxKb;
                    case "pricelist_link_days" -> 14;
                    default -> LetterLinks.class;
                });
        PostOffice office = (PostOffice) Proxy.newProxyInstance(PostOffice.class.getClassLoader(), new Class<?>[] { PostOffice.class },
                (p, m, a) -> m.getName().equals("sender") ? new Mailbox("price@krek.example", "КРЭК") : null);
        ClientDirectory directory = (ClientDirectory) Proxy.newProxyInstance(ClientDirectory.class.getClassLoader(),
                new Class<?>[] { ClientDirectory.class }, (p, m, a) -> m.getName().equals("accessToken") ? "signed-" + a[0] : null);
        LetterTemplates templates = (name, model) -> new LetterContent("Прайс-лист для " + model.get("company"),
                "attached=" + model.get("attached") + " url=" + model.get("pricelistUrl"), Optional.empty());
        PriceListLinks pricelists = (client, expires) -> "https://opt.krek.example/pricelist?token=signed-" + client;
        return new TemplateClientLetters(links, office, templates, directory, pricelists);
    }

}
