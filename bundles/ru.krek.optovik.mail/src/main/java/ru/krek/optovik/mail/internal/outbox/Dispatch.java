package ru.krek.optovik.mail.internal.outbox;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterRefusedException;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.mail.RecipientsRefusedException;
import ru.krek.optovik.api.mail.RecipientsRefusedException.Refusal;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.mail.internal.outbox.OutboxLedger.Claim;

/**
 * Sends one claimed letter and records what became of it: sent; a 4xx or a dropped connection
 * retried with backoff; a 5xx for an address fails the letter (when it was the client's address)
 * and suppresses the address; a session failure puts the letter back untouched and pauses sending.
 */
final class Dispatch {

    /** What the sender does next. */
    enum Next { GO_ON, BACK_OFF, PAUSED }

    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);

    private final OutboxLedger ledger;
    private final PostOffice office;
    private final Clock clock;

    Dispatch(OutboxLedger ledger, PostOffice office, Clock clock) {
        this.ledger = ledger;
        this.office = office;
        this.clock = clock;
    }

    Next send(Claim claim, SendPolicy policy) throws SQLException {
        Optional<Letter> stored = ledger.letter(claim.id());
        if (stored.isEmpty()) {
            return Next.GO_ON;
        }
        Letter letter = stored.get();
        Optional<String> suppressed = ledger.suppression(letter.to().address());
        if (suppressed.isPresent()) {
            fail(claim, "address " + letter.to().address() + " is suppressed: " + suppressed.get(), policy);
            return Next.GO_ON;
        }
        List<Mailbox> kept = new ArrayList<>();
        for (Mailbox extra : letter.extraRecipients()) {
            if (ledger.suppression(extra.address()).isEmpty()) {
                kept.add(extra);
            }
        }
        if (kept.size() < letter.extraRecipients().size()) {
            Letter.Builder without = copyWithoutExtras(letter);
            kept.forEach(without::extraRecipient);
            letter = without.build();
        }
        try {
            Handover handover = office.send(letter);
            ledger.sent(claim, null);
            LOG.debug("letter {} {} sent: {}", claim.id(), letter.messageId(), handover.where());
            return Next.GO_ON;
        } catch (RecipientsRefusedException e) {
            return refused(claim, letter, e, policy);
        } catch (LetterRefusedException e) {
            return e.temporary() ? retry(claim, e.getMessage(), policy, true) : fail(claim, e.getMessage(), policy);
        } catch (MailTransportException e) { // sealed: the rest is TransportUnavailableException, the session's
            if (e.temporary()) {
                ledger.retryAt(claim, e.getMessage(), clock.instant(), false);
                LOG.warn("Mail: {}; letters stay queued, trying again with backoff", e.getMessage());
                return Next.BACK_OFF;
            }
            ledger.retryAt(claim, e.getMessage(), clock.instant(), false);
            ledger.pause(e.getMessage());
            LOG.error("Mail sending paused: {}. Letters stay queued; fix optovik.mail, then run mail:resume", e.getMessage());
            return Next.PAUSED;
        } catch (RuntimeException e) {
            LOG.error("Mail: letter {} failed unexpectedly", claim.id(), e);
            return retry(claim, e.toString(), policy, true);
        }
    }

    private Next refused(Claim claim, Letter letter, RecipientsRefusedException e, SendPolicy policy) throws SQLException {
        boolean toRefused = false;
        for (Refusal refusal : e.refusals()) {
            if (!refusal.temporary()) {
                ledger.suppress(refusal.address(), refusal.reply(), claim.id());
                LOG.warn("Mail: {} refused for good ({}); suppressed until cleared", refusal.address(), refusal.reply());
            }
            toRefused |= refusal.address().equalsIgnoreCase(letter.to().address()) && !refusal.temporary();
        }
        if (toRefused) {
            return fail(claim, e.getMessage(), policy);
        }
        if (!e.accepted().isEmpty()) { // it went to someone: sending again would duplicate it for them
            ledger.sent(claim, e.getMessage());
            return Next.GO_ON;
        }
        return e.temporary() ? retry(claim, e.getMessage(), policy, true) : fail(claim, e.getMessage(), policy);
    }

    private Next retry(Claim claim, String error, SendPolicy policy, boolean counted) throws SQLException {
        if (claim.attempt() >= policy.maxAttempts()) {
            return fail(claim, "gave up after " + claim.attempt() + " attempts: " + error, policy);
        }
        Duration wait = policy.backoff(claim.attempt());
        ledger.retryAt(claim, error, clock.instant().plus(wait), counted);
        return Next.GO_ON;
    }

    private Next fail(Claim claim, String error, SendPolicy policy) throws SQLException {
        if (ledger.failed(claim, error, policy.campaignLimit())) {
            LOG.error("Mail: campaign {} paused after {} failed letters (last: {}); mail:resume sends it on", claim.campaign(),
                    policy.campaignLimit(), error);
        }
        return Next.GO_ON;
    }

    private static Letter.Builder copyWithoutExtras(Letter letter) {
        Letter.Builder b = Letter.builder().messageId(letter.messageId()).from(letter.from()).to(letter.to()).subject(letter.subject())
                .text(letter.text()).html(letter.html().orElse(null));
        letter.replyTo().ifPresent(b::replyTo);
        letter.returnPath().ifPresent(b::returnPath);
        letter.attachments().forEach(b::attach);
        letter.headers().forEach(b::header);
        return b;
    }
}
