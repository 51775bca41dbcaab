package ru.krek.optovik.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing that reaches a header can carry a line break, and every refusal names what is wrong. */
class LetterTest {

    static Letter.Builder letter() {
        return Letter.builder().messageId(MessageId.of("registration.17", "krek.example"))
                .from(new Mailbox("price@krek.example", "Прайс-листы КРЭК")).to(Mailbox.of("anna@radio.example"))
                .subject("Подтвердите регистрацию").text("Текст");
    }

    @Test
    void aLetterKeepsItsPartsInOrder() {
        Letter l = letter().extraRecipient(Mailbox.of("buh@radio.example")).html(" ")
                .header("List-Unsubscribe", "<mailto:u@krek.example>").header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .build();
        assertEquals(List.of(Mailbox.of("anna@radio.example"), Mailbox.of("buh@radio.example")), l.recipients());
        assertTrue(l.html().isEmpty(), "blank HTML means none");
        assertEquals(List.of("List-Unsubscribe", "List-Unsubscribe-Post"), List.copyOf(l.headers().keySet()));
        assertEquals("Прайс-листы КРЭК <price@krek.example>", l.from().toString());
    }

    @Test
    void lineBreaksCannotAddHeaders() {
        assertRefused("control characters", () -> new Mailbox("a@b.ru", "Анна\r\nBcc: x@y.ru"));
        assertRefused("not an e-mail address: a@b.ru\\r\\nBcc: x@y.ru", () -> Mailbox.of("a@b.ru\r\nBcc: x@y.ru"));
        assertRefused("one-line subject", () -> letter().subject("Тема\nBcc: x@y.ru").build());
        assertRefused("header X-Note must be one line", () -> letter().header("X-Note", "a\r\nBcc: x@y.ru").build());
        assertRefused("not a header name", () -> letter().header("X Note", "a").build());
        assertRefused("without folders, line breaks", () -> Attachment.of("a\nb.xlsx", "text/plain", new byte[0]));
        assertRefused("not a media type", () -> Attachment.of("a.xlsx", "text/plain\r\nX: y", new byte[0]));
    }

    @Test
    void theLettersOwnHeadersCannotBeSetTwice() {
        for (String name : List.of("From", "bcc", "Message-ID", "Content-Type", "Subject")) {
            assertRefused("set from the letter's own fields", () -> letter().header(name, "x").build());
        }
    }

    @Test
    void missingPartsAreNamed() {
        assertRefused("Message-ID", () -> letter().messageId(null).build());
        assertRefused("From", () -> letter().from(null).build());
        assertRefused("recipient", () -> letter().to(null).build());
        assertRefused("plain-text body", () -> letter().text(null).build());
        assertRefused("one-line subject", () -> letter().subject(" ").build());
    }

    @Test
    void addressesAndIdsAreChecked() {
        for (String bad : List.of("", "anna", "anna@", "@radio.example", "анна@radio.example", "a b@radio.example", "<a@b.ru>")) {
            assertRefused("not an e-mail address", () -> Mailbox.of(bad));
        }
        assertEquals("radio.example", Mailbox.of("anna@radio.example").domain());
        assertEquals("<pricelist.42.client-17-@krek.example>", MessageId.of("pricelist.42.client 17 ", "krek.example").value());
        assertRefused("not a Message-ID", () -> new MessageId("pricelist@krek.example"));
        assertEquals("a.b@c", new MessageId("<a.b@c>").bare());
        assertEquals("text/csv; charset=UTF-8", Attachment.of("прайс.csv", "text/csv; charset=UTF-8", new byte[0]).mediaType());
    }

    @Test
    void aRefusalListsEveryAddressAndIsTemporaryOnlyWhenAllAre() {
        RecipientsRefusedException e = new RecipientsRefusedException(List.of(
                new RecipientsRefusedException.Refusal("a@b.ru", "550 5.1.1 user unknown", false),
                new RecipientsRefusedException.Refusal("c@d.ru", "451 4.3.0 try later", true)), List.of("e@f.ru"), null);
        assertEquals("recipients refused: a@b.ru (550 5.1.1 user unknown) c@d.ru (451 4.3.0 try later)", e.getMessage());
        assertEquals(false, e.temporary());
        assertEquals(List.of("e@f.ru"), e.accepted());
        assertThrows(IllegalArgumentException.class, () -> new RecipientsRefusedException(List.of(), List.of(), null));
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable action) {
        RuntimeException e = assertThrows(RuntimeException.class, action);
        assertTrue(e.getMessage() != null && e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }
}
