package ru.krek.optovik.jobs.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.MessageId;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.store.Store;

/**
 * Tells operators what needs a person: one clear log line always, and a letter (template
 * "operator-alert") to {@code alert.to} of optovik.jobs when it is set and mail is running. The
 * letter goes through the outbox, so an SMTP outage delays it instead of losing it; its campaign
 * is the situation ({@link #KIND}, key), so the same situation is mailed once, whichever process
 * or restart raises it again.
 */
@Component(service = OperatorAlerts.class, configurationPid = "optovik.jobs")
public final class OperatorAlerts {

    /** The outbox campaign kind of alerts. */
    static final String KIND = "alert";
    /** The outbox keys letters by client; client ids start at 1, so 0 stands for the operators. */
    static final long OPERATORS = 0;
    static final String TEMPLATE = "operator-alert";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorAlerts.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Store store;
    private volatile String to;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PostOffice postOffice;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile LetterTemplates templates;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Outbox outbox;

    @Activate
    public OperatorAlerts(JobsConfig config, @Reference Store store) {
        this.store = store;
        modified(config);
    }

    @Modified
    void modified(JobsConfig config) {
        String address = config.alert_to() == null ? "" : config.alert_to().trim();
        if (!address.isEmpty()) {
            try {
                Mailbox.of(address);
            } catch (IllegalArgumentException e) {
                LOG.error("optovik.jobs: alert.to '{}' is not an e-mail address ({}); keeping '{}'", address,
                        e.getMessage(), to == null ? "" : to);
                return;
            }
        }
        to = address;
    }

    void jobFailed(JobRun run) {
        alert("job-run-" + run.id(), "задание " + run.job() + " (запуск " + run.id() + ") завершилось ошибкой",
                "Job " + run.job() + " run " + run.id() + " failed: " + run.error(),
                Map.of("kind", "job", "job", run.job(), "run", run.id(), "error", run.error(),
                        "startedBy", run.startedBy()));
    }

    /**
     * @param situation what is wrong, stable while it lasts (e.g. "job-run-42"): the outbox
     *                  campaign key, so a situation raised again queues no second letter
     * @param subject   the letter's subject after "Оптовик: ", Russian
     * @param logLine   the one log line, English as the log is
     * @param details   what the template prints (kind, and the rest by kind)
     */
    void alert(String situation, String subject, String logLine, Map<String, Object> details) {
        LOG.error("ALERT: {}", logLine);
        String address = to;
        PostOffice office = postOffice;
        LetterTemplates words = templates;
        Outbox queue = outbox;
        if (address == null || address.isEmpty()) {
            return;
        }
        if (office == null || words == null || queue == null) {
            LOG.warn("ALERT not mailed to {}: mail is not running", address);
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>(details);
        model.put("subject", subject);
        model.put("message", logLine);
        model.put("time", ZonedDateTime.now(ZoneId.systemDefault()).format(TIME));
        try {
            if (queue.queued(KIND, situation, OPERATORS)) {
                LOG.debug("alert {} was mailed already", situation);
                return;
            }
            Letter letter = Letter.builder()
                    .messageId(MessageId.of(KIND + "." + situation + "." + UUID.randomUUID(), office.sender().domain()))
                    .from(office.sender()).to(Mailbox.of(address))
                    .content(words.render(TEMPLATE, model)).build();
            store.inTransaction(sql -> {
                Campaign campaign = queue.campaign(sql, KIND, situation);
                return queue.enqueue(sql, campaign, OPERATORS, letter);
            });
        } catch (Exception e) {
            LOG.error("ALERT could not be queued for {}: {}", address, e.getMessage());
        }
    }
}
