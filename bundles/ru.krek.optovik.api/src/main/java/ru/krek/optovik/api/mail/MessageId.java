package ru.krek.optovik.api.mail;

import java.util.regex.Pattern;

/**
 * A letter's Message-ID, chosen by whoever composes it and kept across retries, so a letter sent
 * twice after a crash is recognisable as the same one (by the outbox, by mail readers, by a
 * pickup-folder consumer).
 *
 * @param value the whole id in angle brackets, e.g. {@code <pricelist.42.client.17@krek.ru>}
 */
public record MessageId(String value) {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*";
    private static final Pattern ID = Pattern.compile("<" + ATOM + "@" + ATOM + ">");

    public MessageId {
        if (value == null || value.length() > 250 || !ID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Message-ID (<left@right>, ASCII atoms): "
                    + (value == null ? "null" : Mailbox.printable(value)));
        }
    }

    /**
     * An id from a key that is unique per letter (e.g. "pricelist.42.client.17") and a domain the
     * sender owns; characters a Message-ID cannot carry become '-'.
     */
    public static MessageId of(String key, String domain) {
        String left = key.replaceAll("[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("^\\.|\\.$", "");
        return new MessageId("<" + left + "@" + domain + ">");
    }

    /** The part between the brackets. */
    public String bare() {
        return value.substring(1, value.length() - 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
