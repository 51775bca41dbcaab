package ru.krek.optovik.notify.internal;

import java.util.HashMap;
import java.util.Map;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;

/**
 * A mailing letter to a client from a template: the client's addresses, the manager as Reply-To, the signed
 * links in the model and List-Unsubscribe (one-click, RFC 8058), a Message-ID that names the campaign and
 * the client, so a retry is recognisable as the same letter.
 */
final class ClientLetter {

    private final PostOffice office;
    private final LetterTemplates templates;

    ClientLetter(PostOffice office, LetterTemplates templates) {
        this.office = office;
        this.templates = templates;
    }

    /** The values every client letter's template may print. */
    static Map<String, Object> model(Client client, ClientLinks.Links links) {
        Map<String, Object> model = new HashMap<>();
        Manager manager = client.details().manager();
        model.put("company", oneLine(client.details().company()));
        model.put("contact", client.details().contact());
        model.put("siteUrl", links.site());
        model.put("preferencesUrl", links.preferences());
        model.put("unsubscribeUrl", links.unsubscribe());
        model.put("pricelistUrl", links.pricelist());
        model.put("managerName", manager == null ? "" : manager.name());
        model.put("managerEmail", manager == null ? "" : manager.email());
        return model;
    }

    Letter compose(Client client, String template, Map<String, Object> model, String key, Attachment attachment)
            throws Exception {
        Mailbox sender = office.sender();
        Letter.Builder letter = Letter.builder()
                .messageId(MessageId.of(key + ".client." + client.id(), sender.domain()))
                .from(sender)
                .to(new Mailbox(client.details().email(), oneLine(client.details().contact())))
                .header("List-Unsubscribe", "<" + model.get("unsubscribeUrl") + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .content(templates.render(template, model));
        client.details().extraEmails().forEach(e -> letter.extraRecipient(Mailbox.of(e)));
        Manager manager = client.details().manager();
        if (manager != null && !manager.email().isEmpty()) {
            letter.replyTo(new Mailbox(manager.email(), oneLine(manager.name())));
        }
        if (attachment != null) {
            letter.attach(attachment);
        }
        return letter.build();
    }

    /** A name on its way into a header: one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
