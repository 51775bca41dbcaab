package ru.krek.optovik.mail.internal.letters;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.ClientLetters;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplateException;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceListLinks;

/**
 * Every mailing letter to a client (mail:send's and the after-import price lists, change notifications):
 * the client's values and signed links in the model, and the headers a mailing needs.
 */
@Component(service = ClientLetters.class, configurationPid = { "optovik.mail", "optovik.web" })
public final class TemplateClientLetters implements ClientLetters {

    static final String PRICELIST = "pricelist";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PostOffice office;
    private final LetterTemplates templates;
    private final ClientDirectory directory;
    private final PriceListLinks pricelists;
    private volatile LetterLinks links;

    @Activate
    public TemplateClientLetters(LetterLinks links, @Reference PostOffice office, @Reference LetterTemplates templates,
            @Reference ClientDirectory directory, @Reference PriceListLinks pricelists) {
        this.links = links;
        this.office = office;
        this.templates = templates;
        this.directory = directory;
        this.pricelists = pricelists;
    }

    @Modified
    void modified(LetterLinks changed) {
        links = changed;
    }

    @Override
    public Letter priceList(Client client, Campaign campaign, PriceListFile file)
            throws ClientException, PriceListException, LetterTemplateException, IOException {
        boolean attached = Files.size(file.path()) <= links.attachment_max_kb() * 1024L;
        Letter.Builder letter = builder(client, campaign, PRICELIST, Map.of("fileName", file.fileName(), "lines", file.lines(),
                "format", file.format().displayName(), "attached", attached));
        if (attached) {
            letter.attach(Attachment.of(clean(file.fileName()).replace('/', '_').replace('\\', '_'), file.format().mediaType(), file.path()));
        }
        return letter.build();
    }

    @Override
    public Letter compose(Client client, Campaign campaign, String template, Map<String, ?> model)
            throws ClientException, PriceListException, LetterTemplateException {
        return builder(client, campaign, template, model).build();
    }

    private Letter.Builder builder(Client client, Campaign campaign, String template, Map<String, ?> own)
            throws ClientException, PriceListException, LetterTemplateException {
        Map<String, Object> model = model(client);
        model.putAll(own);
        Mailbox from = office.sender();
        Letter.Builder letter = Letter.builder()
                .messageId(MessageId.of(campaign.kind() + "." + campaign.id() + ".client." + client.id(), from.domain()))
                .from(from).to(new Mailbox(client.details().email(), clean(client.details().contact())))
                .content(templates.render(template, model));
        for (String extra : client.details().extraEmails()) {
            letter.extraRecipient(Mailbox.of(extra));
        }
        Manager manager = client.details().manager();
        if (manager != null && !manager.email().isBlank()) {
            letter.replyTo(new Mailbox(manager.email(), clean(manager.name())));
        }
        String unsubscribe = links.unsubscribe_address() == null || links.unsubscribe_address().isBlank() ? from.address()
                : links.unsubscribe_address().strip();
        // RFC 2369 and RFC 8058: the mail reader's own "unsubscribe" button, one POST without a page.
        letter.header("List-Unsubscribe", "<mailto:" + Mailbox.of(unsubscribe).address() + "?subject=unsubscribe%20" + client.id()
                + ">, <" + model.get("unsubscribeUrl") + ">");
        letter.header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return letter;
    }

    /** The client's values every client letter's template may print. */
    private Map<String, Object> model(Client client) throws ClientException, PriceListException {
        String token = URLEncoder.encode(directory.accessToken(client.id()), StandardCharsets.UTF_8);
        String base = base();
        Map<String, Object> model = new HashMap<>();
        model.put("contact", clean(client.details().contact()));
        model.put("company", clean(client.details().company()));
        model.put("date", LocalDate.now().format(DATE));
        Duration valid = Duration.ofDays(Math.max(1, links.pricelist_link_days()));
        model.put("pricelistUrl", pricelists.link(client.id(), Instant.now().plus(valid)));
        model.put("preferencesUrl", base + "preferences?token=" + token);
        model.put("unsubscribeUrl", base + "unsubscribe?token=" + token);
        model.put("siteUrl", base);
        Manager manager = client.details().manager();
        model.put("managerName", manager == null ? "" : clean(manager.name()));
        model.put("managerEmail", manager == null ? "" : clean(manager.email()));
        return model;
    }

    private String base() {
        String url = links.public_url() == null || links.public_url().isBlank() ? "http://localhost:8080/" : clean(links.public_url());
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * Names and values from the directory go into headers and subjects: line breaks (also U+2028, U+2029,
     * NEL) and other control characters become one space.
     */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
