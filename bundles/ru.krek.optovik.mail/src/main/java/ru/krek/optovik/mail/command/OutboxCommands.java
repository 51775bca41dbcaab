package ru.krek.optovik.mail.command;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.mail.OutboxLetter;
import ru.krek.optovik.api.mail.OutboxStatus;
import ru.krek.optovik.api.mail.Suppression;
import ru.krek.optovik.api.shell.Table;

/** mail:outbox, retry, pause, resume, suppressed — the operator's view of the outbox and its sender. */
@Component(service = OutboxCommands.class, property = {
        "osgi.command.scope=mail",
        "osgi.command.function=outbox", "osgi.command.function=retry", "osgi.command.function=pause",
        "osgi.command.function=resume", "osgi.command.function=suppressed" })
public final class OutboxCommands {

    static final String RETRY_USAGE = "usage: mail:retry <letter id> | mail:retry --failed";
    static final String SUPPRESSED_USAGE = "usage: mail:suppressed [--clear ADDRESS]";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Outbox outbox;

    @Activate
    public OutboxCommands(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    @Descriptor("lists the outbox's letters, newest first, as a table (id, campaign, client, to, status, attempts, next, sent, "
            + "last error), after a line saying whether sending is paused; usage: mail:outbox [--status queued|sending|sent|failed]")
    public String outbox(@Descriptor("only letters in this status") @Parameter(names = "--status", absentValue = "") String status)
            throws SQLException {
        OutboxStatus wanted = status.isBlank() ? null : OutboxStatus.of(status);
        Table table = new Table("id", "campaign", "client", "to", "status", "attempts", "next", "sent", "error");
        for (OutboxLetter l : outbox.letters(wanted)) {
            table.row(String.valueOf(l.id()), String.valueOf(l.campaign()), String.valueOf(l.clientId()), l.recipient(), l.status().word(),
                    String.valueOf(l.attempts()), l.status() == OutboxStatus.QUEUED ? time(l.nextAttempt()) : "-", time(l.sent()),
                    l.lastError() == null ? "-" : l.lastError());
        }
        Optional<String> paused = outbox.paused();
        StringBuilder out = new StringBuilder("sending: ").append(paused.map(r -> "paused (" + r + ")").orElse("on")).append('\n');
        for (Campaign c : outbox.campaigns()) {
            if (c.paused()) {
                out.append("campaign ").append(c.id()).append(" (").append(c.kind()).append(' ').append(c.key())
                        .append("): paused after ").append(c.failures()).append(" failed letters\n");
            }
        }
        return out.append(table).toString();
    }

    @Descriptor("queues a failed letter (or every failed one) again at once with its attempts reset; " + RETRY_USAGE)
    public String retry(@Descriptor("every failed letter") @Parameter(names = "--failed", presentValue = "true", absentValue = "false") boolean failed,
            @Descriptor("the letter's id (see mail:outbox)") String... id) throws SQLException {
        if (failed == (id != null && id.length > 0) || (id != null && id.length > 1)) {
            throw new IllegalArgumentException(RETRY_USAGE);
        }
        if (failed) {
            return "queued again: " + outbox.retryFailed();
        }
        long letter;
        try {
            letter = Long.parseLong(id[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a letter id: " + id[0] + "; " + RETRY_USAGE);
        }
        if (!outbox.retry(letter)) {
            throw new IllegalArgumentException("letter " + letter + " is not a failed letter in the outbox (see mail:outbox --status failed)");
        }
        return "queued again: 1";
    }

    @Descriptor("stops sending in every Optovik process on the database; letters stay queued; usage: mail:pause [reason]")
    public String pause(@Descriptor("why, for mail:outbox") String... reason) throws SQLException {
        outbox.pause(reason == null || reason.length == 0 ? "paused by an operator (mail:pause)" : String.join(" ", reason));
        return "sending: paused";
    }

    @Descriptor("sends on after mail:pause or a session failure (fix optovik.mail first), and resumes paused campaigns; usage: mail:resume")
    public String resume() throws SQLException {
        outbox.resume();
        return "sending: on";
    }

    @Descriptor("lists addresses a server refused for good (no letter goes to them), or clears one; " + SUPPRESSED_USAGE)
    public String suppressed(@Descriptor("let letters go to this address again") @Parameter(names = "--clear", absentValue = "") String clear)
            throws SQLException {
        if (!clear.isBlank()) {
            if (!outbox.clearSuppression(clear)) {
                throw new IllegalArgumentException("address " + clear + " is not suppressed (see mail:suppressed)");
            }
            return "cleared: " + clear.strip();
        }
        Table table = new Table("address", "since", "reason");
        for (Suppression s : outbox.suppressed()) {
            table.row(s.address(), time(s.since()), s.reason());
        }
        return table.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}
