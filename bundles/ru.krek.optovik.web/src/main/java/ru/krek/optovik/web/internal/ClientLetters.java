package ru.krek.optovik.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.client.Registration;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;

/**
 * The letters a registration sends to the client: the double opt-in confirmation, or, for an address
 * already active, a note that it is registered. Both carry the signed preferences and unsubscribe links
 * (and List-Unsubscribe for one-click). Names and company come from the directory, never from the form, so
 * a stranger typing a known address cannot put words into a letter to it.
 */
final class ClientLetters {

    private final PostOffice office;
    private final LetterTemplates templates;
    private final ClientDirectory directory;
    private final SiteUrls urls;

    ClientLetters(PostOffice office, LetterTemplates templates, ClientDirectory directory, SiteUrls urls) {
        this.office = office;
        this.templates = templates;
        this.directory = directory;
        this.urls = urls;
    }

    /** Template registration-confirmation with the /confirm link of the token. */
    void confirmation(Registration registration, String token) throws Exception {
        Client client = client(registration);
        Map<String, Object> model = model(client, registration.manager());
        model.put("confirmUrl", urls.confirm(token));
        model.put("expiresHours", Math.max(1, Duration.between(Instant.now(), registration.expires()).plusMinutes(30).toHours()));
        send(client, registration.manager(), "registration", "registration-confirmation", model);
    }

    /** Template registration-known: the address is already registered; here are its settings. */
    void alreadyRegistered(Registration registration) throws Exception {
        Client client = client(registration);
        send(client, registration.manager(), "registration-known", "registration-known", model(client, registration.manager()));
    }

    private Client client(Registration registration) throws Exception {
        return directory.find(registration.clientId())
                .orElseThrow(() -> new IllegalStateException("client " + registration.clientId() + " vanished after registering"));
    }

    private Map<String, Object> model(Client client, Manager manager) throws Exception {
        String access = directory.accessToken(client.id());
        Map<String, Object> model = new HashMap<>();
        model.put("contact", client.details().contact());
        model.put("company", MailText.oneLine(client.details().company())); // the subject prints it
        model.put("siteUrl", urls.base());
        model.put("preferencesUrl", urls.preferences(access));
        model.put("unsubscribeUrl", urls.unsubscribe(access));
        model.put("managerName", manager == null ? "" : manager.name());
        model.put("managerEmail", manager == null ? "" : manager.email());
        return model;
    }

    private void send(Client client, Manager manager, String kind, String template, Map<String, Object> model) throws Exception {
        Mailbox sender = office.sender();
        String unsubscribe = (String) model.get("unsubscribeUrl");
        Letter.Builder letter = Letter.builder()
                .messageId(MessageId.of(kind + "." + client.id() + "." + System.currentTimeMillis(), sender.domain()))
                .from(sender)
                .to(new Mailbox(client.details().email(), MailText.oneLine(client.details().contact())))
                .header("List-Unsubscribe", "<" + unsubscribe + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .content(templates.render(template, model));
        if (manager != null && !manager.email().isEmpty()) {
            letter.replyTo(new Mailbox(manager.email(), MailText.oneLine(manager.name())));
        }
        office.send(letter.build());
    }
}
