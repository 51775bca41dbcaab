package ru.krek.optovik.mail.internal.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.mail.internal.config.MailConfig;
import ru.krek.optovik.mail.internal.outbox.OutboxLedger.Claim;

/**
 * Drains the outbox on one thread: one letter at a time (the SMTP session is reused), paced at
 * rate.per.minute, within daily.cap and send.window, and not at all while sending is paused.
 */
@Component(service = OutboxSender.class, immediate = true, configurationPid = "optovik.mail")
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    /** How long a claim holds: far longer than one letter takes (SMTP timeouts are 30 s by default). */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration IDLE = Duration.ofMillis(300);

    private final Store store;
    private final OutboxLedger ledger;
    private final Dispatch dispatch;
    private final Clock clock = Clock.systemDefaultZone();
    private final Object wake = new Object();
    private final Thread thread;
    private final Thread exitHook = new Thread(this::stop, "optovik-mail-sender-exit");
    private volatile SendPolicy policy;
    private volatile boolean running = true;
    private boolean released;
    private Instant nextSlot = Instant.MIN;
    private int sessionFailures;
    private String lastProblem = "";

    @Activate
    public OutboxSender(BundleContext context, MailConfig config, @Reference Store store, @Reference PostOffice office) {
        this.store = store;
        this.ledger = new OutboxLedger(store, owner(context), LEASE, clock);
        this.dispatch = new Dispatch(ledger, office, clock);
        this.policy = policyOr(config, null);
        this.thread = new Thread(this::run, "optovik-mail-sender");
        thread.setDaemon(true);
        thread.start();
        // A JVM that exits without stopping the framework (System.exit) runs the embedded Firebird
        // engine's exit handlers; a query in flight then crashes the JVM. Stop first.
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /** An invalid configuration keeps the last good policy. */
    @Modified
    void modified(MailConfig config) {
        policy = policyOr(config, policy);
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    @Deactivate
    void deactivate() {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook stops the thread
        }
        stop();
    }

    private void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            Duration wait;
            if (!store.status().ready()) {
                // Not asked while it is made, migrated or down (the store reports why): an ask then only
                // meets a missing table, or sets the pool backing off from a file that is not there yet.
                wait = Duration.ofSeconds(1);
            } else {
                try {
                    wait = step();
                    lastProblem = "";
                } catch (SQLException | RuntimeException e) {
                    if (!e.toString().equals(lastProblem)) { // once per problem, not every few seconds
                        LOG.warn("Mail sender waits for the database: {}", e.toString());
                        lastProblem = e.toString();
                    }
                    wait = Duration.ofSeconds(3);
                }
            }
            try {
                sleep(wait);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Sends the next letter if it may go now; returns how long to wait before the next step. */
    Duration step() throws SQLException {
        if (!released) {
            int back = ledger.releaseOwn();
            if (back > 0) {
                LOG.warn("Mail: {} letter(s) were being sent when Optovik stopped; queued again (may reach their client twice)", back);
            }
            released = true;
        }
        SendPolicy now = policy;
        if (ledger.paused().isPresent()) {
            return Duration.ofSeconds(1);
        }
        ZonedDateTime local = ZonedDateTime.now(clock);
        if (!now.windowOpen(local.toLocalTime())) {
            return Duration.ofSeconds(30);
        }
        if (now.dailyCap() > 0 && ledger.sentSince(LocalDate.now(clock).atStartOfDay(ZoneId.systemDefault()).toInstant()) >= now.dailyCap()) {
            return Duration.ofMinutes(1);
        }
        Instant at = clock.instant();
        if (at.isBefore(nextSlot)) {
            return Duration.between(at, nextSlot);
        }
        Optional<Claim> claim = ledger.claimNext();
        if (claim.isEmpty()) {
            return IDLE;
        }
        // The next slot follows this one, but an idle spell does not save up a burst.
        Instant slot = nextSlot.isBefore(at.minus(now.interval())) ? at : nextSlot;
        nextSlot = slot.plus(now.interval());
        switch (dispatch.send(claim.get(), now)) {
            case BACK_OFF:
                sessionFailures++;
                return now.backoff(sessionFailures);
            case PAUSED:
                return Duration.ofSeconds(1);
            default:
                sessionFailures = 0;
                return Duration.ZERO;
        }
    }

    private void sleep(Duration wait) throws InterruptedException {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        synchronized (wake) {
            wake.wait(Math.max(1, wait.toMillis()));
        }
    }

    private static SendPolicy policyOr(MailConfig config, SendPolicy last) {
        try {
            return SendPolicy.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; {}", e.getMessage(), last == null ? "sending at 60 letters a minute until it is fixed" : "keeping the last good limits");
            return last != null ? last : new SendPolicy(60, 0, 0, 0, Duration.ofMinutes(1), 10, 20);
        }
    }

    /** This installation, stable across restarts: its own letters left in flight are retried at once. */
    private static String owner(BundleContext context) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String owner = host + ":" + OptovikHome.of(context).path().toAbsolutePath().normalize();
        return owner.length() > 200 ? owner.substring(owner.length() - 200) : owner;
    }
}
