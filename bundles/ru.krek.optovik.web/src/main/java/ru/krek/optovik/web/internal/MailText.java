package ru.krek.optovik.web.internal;

/** Text from a form on its way into a mail header (a display name, a subject): one line, nothing to inject. */
final class MailText {

    private MailText() {
    }

    /** Control characters (CR, LF, tab, NUL…) become spaces, runs of spaces one space; null becomes "". */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").replaceAll(" {2,}", " ").strip();
    }
}
