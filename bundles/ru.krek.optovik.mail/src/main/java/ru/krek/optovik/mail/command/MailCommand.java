package ru.krek.optovik.mail.command;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterContent;
import ru.krek.optovik.api.mail.LetterTemplateException;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.PostOffice;

/** mail: commands that drive the post office (issue 6 adds send, outbox, retry, pause, resume, suppressed). */
@Component(service = MailCommand.class, property = {
        "osgi.command.scope=mail",
        "osgi.command.function=test" })
public final class MailCommand {

    static final String USAGE = "usage: mail:test <address>";
    static final String TEST_TEMPLATE = "test-letter";
    /** A Cyrillic file name proves the RFC 2231 path end to end with every transport. */
    static final String TEST_ATTACHMENT = "Проверка вложения.txt";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final PostOffice postOffice;
    private final LetterTemplates templates;
    private final Clock clock;

    @Activate
    public MailCommand(@Reference PostOffice postOffice, @Reference LetterTemplates templates) {
        this(postOffice, templates, Clock.systemDefaultZone());
    }

    MailCommand(PostOffice postOffice, LetterTemplates templates, Clock clock) {
        this.postOffice = postOffice;
        this.templates = templates;
        this.clock = clock;
    }

    @Descriptor("sends a test letter (template test-letter, with a small attachment) through the configured "
            + "transport and prints where it went; " + USAGE)
    public String test(@Descriptor("the address the test letter goes to") String... address)
            throws LetterTemplateException, MailTransportException {
        if (address == null || address.length != 1) {
            throw new IllegalArgumentException(USAGE);
        }
        Mailbox to;
        try {
            to = Mailbox.of(address[0].trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; " + USAGE);
        }
        Mailbox from = postOffice.sender();
        String sentAt = ZonedDateTime.now(clock).format(WHEN);
        LetterContent content = templates.render(TEST_TEMPLATE,
                Map.of("address", to.address(), "transport", postOffice.transport(), "sentAt", sentAt, "from", from.toString()));
        Letter letter = Letter.builder()
                .messageId(MessageId.of("test." + UUID.randomUUID(), from.domain()))
                .from(from).to(to).content(content)
                .attach(Attachment.of(TEST_ATTACHMENT, "text/plain; charset=UTF-8",
                        ("Тестовое вложение Оптовика, " + sentAt + "\n").getBytes(StandardCharsets.UTF_8)))
                .build();
        Handover handover = postOffice.send(letter);
        return "transport: " + handover.transport() + "\nto: " + to.address() + "\nmessage-id: " + handover.messageId()
                + "\nwhere: " + handover.where();
    }
}
