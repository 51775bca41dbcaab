package ru.krek.optovik.web.internal;

import java.util.HashMap;
import java.util.Map;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.Registration;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;

/**
 * When managers approve new clients (optovik.clients approval.required), the client's manager hears of
 * each new registration (template registration-manager) with what to run to approve it.
 */
final class ManagerLetters {

    private final PostOffice office;
    private final LetterTemplates templates;

    ManagerLetters(PostOffice office, LetterTemplates templates) {
        this.office = office;
        this.templates = templates;
    }

    /** False when there is no manager address to write to (nothing sent). */
    boolean newClient(Registration registration, ClientDetails details) throws Exception {
        if (registration.manager() == null || registration.manager().email().isEmpty()) {
            return false;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("clientId", registration.clientId());
        model.put("company", MailText.oneLine(details.company()));
        model.put("inn", details.inn());
        model.put("kpp", details.kpp());
        model.put("contact", details.contact());
        model.put("email", details.email());
        model.put("phone", details.phone());
        model.put("city", details.city());
        model.put("managerName", registration.manager().name());
        Mailbox sender = office.sender();
        office.send(Letter.builder()
                .messageId(MessageId.of("registration-manager." + registration.clientId() + "." + System.currentTimeMillis(), sender.domain()))
                .from(sender)
                .to(new Mailbox(registration.manager().email(), MailText.oneLine(registration.manager().name())))
                .content(templates.render("registration-manager", model))
                .build());
        return true;
    }
}
