package ru.krek.optovik.api.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One letter to one client, independent of how it leaves: plain text with an optional HTML
 * alternative, attachments, and the few extra headers a mailing needs (List-Unsubscribe,
 * List-Unsubscribe-Post). Immutable; made with {@link #builder()}.
 *
 * @param messageId        stable across retries
 * @param from             the From header (the configured sender: {@link PostOffice#sender()})
 * @param to               the client's address
 * @param extraRecipients  the client's other addresses; they get the same letter (as Cc)
 * @param replyTo          where answers go: the client's manager
 * @param returnPath       envelope sender for bounces; empty = the transport's configured one, else From
 * @param subject          one line
 * @param text             the plain-text body, always present
 * @param html             the HTML alternative of the same words
 * @param attachments      files, in order
 * @param headers          extra headers by name, in order; never the ones the letter sets itself
 */
public record Letter(MessageId messageId, Mailbox from, Mailbox to, List<Mailbox> extraRecipients,
        Optional<Mailbox> replyTo, Optional<Mailbox> returnPath, String subject, String text, Optional<String> html,
        List<Attachment> attachments, Map<String, String> headers) {

    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]+");
    /** Headers the letter's own fields and MIME structure own; setting them twice would forge or break it. */
    private static final Set<String> OWN_HEADERS = Set.of("from", "to", "cc", "bcc", "reply-to", "subject",
            "message-id", "date", "sender", "return-path", "mime-version", "content-type",
            "content-transfer-encoding", "content-disposition");

    /**
     * @throws IllegalArgumentException naming the field that is missing or would break a header
     */
    public Letter {
        Objects.requireNonNull(messageId, "a letter needs a Message-ID");
        Objects.requireNonNull(from, "a letter needs a From address");
        Objects.requireNonNull(to, "a letter needs a recipient");
        extraRecipients = List.copyOf(extraRecipients);
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(returnPath, "returnPath");
        if (subject == null || subject.isBlank() || Mailbox.hasControl(subject)) {
            throw new IllegalArgumentException("a letter needs a one-line subject without control characters: "
                    + (subject == null ? "null" : Mailbox.printable(subject)));
        }
        Objects.requireNonNull(text, "a letter needs a plain-text body");
        Objects.requireNonNull(html, "html");
        attachments = List.copyOf(attachments);
        Map<String, String> checked = new LinkedHashMap<>();
        headers.forEach((name, value) -> checked.put(checkedName(name), checkedValue(name, value)));
        headers = Collections.unmodifiableMap(checked);
    }

    /** Everyone the letter goes to: {@link #to()} first, then the extra recipients. */
    public List<Mailbox> recipients() {
        List<Mailbox> all = new ArrayList<>(1 + extraRecipients.size());
        all.add(to);
        all.addAll(extraRecipients);
        return all;
    }

    public Letter withReturnPath(Mailbox envelopeSender) {
        return new Letter(messageId, from, to, extraRecipients, replyTo, Optional.of(envelopeSender), subject, text,
                html, attachments, headers);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String checkedName(String name) {
        if (name == null || !HEADER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a header name: " + (name == null ? "null" : Mailbox.printable(name)));
        }
        if (OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("header " + name + " is set from the letter's own fields");
        }
        return name;
    }

    private static String checkedValue(String name, String value) {
        if (value == null || Mailbox.hasControl(value)) {
            throw new IllegalArgumentException("header " + name + " must be one line without control characters: "
                    + (value == null ? "null" : Mailbox.printable(value)));
        }
        return value;
    }

    /** Collects a letter's parts; {@link #build()} checks them all at once. */
    public static final class Builder {
        private MessageId messageId;
        private Mailbox from;
        private Mailbox to;
        private final List<Mailbox> extraRecipients = new ArrayList<>();
        private Mailbox replyTo;
        private Mailbox returnPath;
        private String subject;
        private String text;
        private String html;
        private final List<Attachment> attachments = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder messageId(MessageId id) { this.messageId = id; return this; }
        public Builder from(Mailbox sender) { this.from = sender; return this; }
        public Builder to(Mailbox recipient) { this.to = recipient; return this; }
        public Builder extraRecipient(Mailbox recipient) { extraRecipients.add(recipient); return this; }
        public Builder replyTo(Mailbox manager) { this.replyTo = manager; return this; }
        public Builder returnPath(Mailbox envelopeSender) { this.returnPath = envelopeSender; return this; }
        public Builder subject(String line) { this.subject = line; return this; }
        public Builder text(String plain) { this.text = plain; return this; }
        /** The HTML alternative; null or blank for none. */
        public Builder html(String markup) { this.html = markup; return this; }
        public Builder attach(Attachment file) { attachments.add(Objects.requireNonNull(file)); return this; }
        public Builder header(String name, String value) { headers.put(name, value); return this; }

        /** Subject, text and HTML as a template service rendered them. */
        public Builder content(LetterContent content) {
            return subject(content.subject()).text(content.text()).html(content.html().orElse(null));
        }

        public Letter build() {
            return new Letter(messageId, from, to, extraRecipients, Optional.ofNullable(replyTo),
                    Optional.ofNullable(returnPath), subject, text,
                    html == null || html.isBlank() ? Optional.empty() : Optional.of(html), attachments, headers);
        }
    }
}
