package ru.krek.optovik.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.Registration;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;

/** The double opt-in letter: template registration-confirmation, a /confirm?token=… link under public.url. */
final class ConfirmationLetters {

    private final PostOffice office;
    private final LetterTemplates templates;
    private final String siteUrl;

    ConfirmationLetters(PostOffice office, LetterTemplates templates, String publicUrl) {
        this.office = office;
        this.templates = templates;
        this.siteUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    String confirmUrl(String token) {
        return siteUrl + "confirm?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    void send(ClientDetails details, Registration registration, String token) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("contact", details.contact());
        model.put("company", details.company());
        model.put("confirmUrl", confirmUrl(token));
        long hours = Math.max(1, Duration.between(Instant.now(), registration.expires()).plusMinutes(30).toHours());
        model.put("expiresHours", hours);
        model.put("siteUrl", siteUrl);
        model.put("managerName", registration.manager() == null ? "" : registration.manager().name());
        model.put("managerEmail", registration.manager() == null ? "" : registration.manager().email());
        Mailbox sender = office.sender();
        Letter.Builder letter = Letter.builder()
                .messageId(MessageId.of("registration." + registration.clientId() + "." + System.currentTimeMillis(), sender.domain()))
                .from(sender)
                // a display name must not break the header: control characters become spaces
                .to(new Mailbox(details.email(), details.contact().replaceAll("\\p{Cntrl}", " ")))
                .content(templates.render("registration-confirmation", model));
        if (registration.manager() != null && !registration.manager().email().isEmpty()) {
            letter.replyTo(new Mailbox(registration.manager().email(), registration.manager().name().replaceAll("\\p{Cntrl}", " ")));
        }
        office.send(letter.build());
    }
}
