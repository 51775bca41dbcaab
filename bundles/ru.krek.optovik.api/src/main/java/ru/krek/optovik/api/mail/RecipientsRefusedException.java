package ru.krek.optovik.api.mail;

import java.util.List;
import java.util.Objects;

/**
 * Recipient level: the server refused some of the letter's addresses. When others were accepted
 * the letter went to them ({@link #accepted()}); a permanently refused address belongs on the
 * suppression list.
 */
public final class RecipientsRefusedException extends MailTransportException {

    private static final long serialVersionUID = 1L;
    private final List<Refusal> refusals;
    private final List<String> accepted;

    /**
     * One refused address with the server's answer.
     *
     * @param address   the refused address
     * @param reply     the server's answer, e.g. "550 5.1.1 user unknown"
     * @param temporary a 4xx answer: the address may accept later
     */
    public record Refusal(String address, String reply, boolean temporary) {
        public Refusal {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * @param refusals at least one
     * @param accepted addresses the letter was sent to despite the refusals
     */
    public RecipientsRefusedException(List<Refusal> refusals, List<String> accepted, Throwable cause) {
        super(describe(refusals), refusals.stream().allMatch(Refusal::temporary), cause);
        if (refusals.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one address");
        }
        this.refusals = List.copyOf(refusals);
        this.accepted = List.copyOf(accepted);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    public List<String> accepted() {
        return accepted;
    }

    private static String describe(List<Refusal> refusals) {
        StringBuilder text = new StringBuilder("recipients refused:");
        for (Refusal r : refusals) {
            text.append(' ').append(r.address()).append(" (").append(r.reply()).append(')');
        }
        return text.toString();
    }
}
