package ru.krek.optovik.api.mail;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One address a letter goes from or to, with an optional display name (RFC 5322 "mailbox").
 * Refuses what could break or forge a header: CR, LF and other control characters, angle brackets
 * in the address, and addresses that are not plain ASCII local@domain.
 *
 * @param address local@domain, ASCII
 * @param name    display name shown by mail readers, may be Cyrillic; empty for none
 */
public record Mailbox(String address, String name) {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final int MAX_ADDRESS = 254;

    /**
     * @throws IllegalArgumentException naming what is wrong with the address or the name
     */
    public Mailbox {
        Objects.requireNonNull(address, "address");
        name = name == null ? "" : name.strip();
        if (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("not an e-mail address: " + printable(address));
        }
        if (hasControl(name)) {
            throw new IllegalArgumentException("a display name must not contain line breaks or control characters: "
                    + printable(name));
        }
    }

    public static Mailbox of(String address) {
        return new Mailbox(address, "");
    }

    /** The part after the @, e.g. for a Message-ID in the sender's domain. */
    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? address : name + " <" + address + ">";
    }

    static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** Shows CR, LF and tabs in an error message instead of breaking the log line. */
    static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
