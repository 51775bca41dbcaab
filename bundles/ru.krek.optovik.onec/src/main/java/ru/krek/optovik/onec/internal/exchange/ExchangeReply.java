package ru.krek.optovik.onec.internal.exchange;

/**
 * One answer to 1C: lines of text (or an XML document), sent in windows-1251.
 *
 * @param text        the body
 * @param contentType the media type; the charset is always windows-1251
 * @param newSession  a session id to set as cookie; null when none
 */
record ExchangeReply(String text, String contentType, String newSession) {

    static final String TEXT = "text/plain";
    static final String XML = "application/xml";

    static ExchangeReply text(String... lines) {
        return new ExchangeReply(String.join("\n", lines), TEXT, null);
    }

    static ExchangeReply failure(String reason) {
        return text("failure", reason.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    ExchangeReply withSession(String id) {
        return new ExchangeReply(text, contentType, id);
    }

    boolean succeeded() {
        return !text.startsWith("failure");
    }
}
