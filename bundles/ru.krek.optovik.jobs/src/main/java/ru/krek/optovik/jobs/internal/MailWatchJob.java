package ru.krek.optovik.jobs.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.Outbox;

/**
 * mail-watch: tells operators that letters stopped going — all of them (a refused login or sender, a
 * mail:pause) or one campaign after campaign.max.failures failed letters — before clients notice. Once
 * per situation and day while it lasts: a mailing stalled over a weekend is reminded of, not repeated
 * every few minutes.
 */
@Component(service = Job.class)
public final class MailWatchJob implements Job {

    private final Outbox outbox;
    private final OperatorAlerts alerts;
    private final JobClock time;

    @Activate
    public MailWatchJob(@Reference Outbox outbox, @Reference OperatorAlerts alerts, @Reference JobClock time) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.time = time;
    }

    @Override
    public String name() {
        return "mail-watch";
    }

    @Override
    public String description() {
        return "alerts operators when sending is paused or a campaign paused after too many failed letters";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of();
    }

    @Override
    public void run(JobContext context) throws Exception {
        LocalDate day = LocalDate.now(time.clock());
        Optional<String> paused = outbox.paused();
        if (paused.isPresent()) {
            // the letter waits in the outbox until sending resumes; the log line is what tells at once
            alerts.alert("mail-paused-" + day + "-" + Situations.digest(paused.get()), "отправка писем приостановлена",
                    "sending is paused: " + paused.get() + " (mail:resume when fixed)",
                    Map.of("kind", "mail", "reason", paused.get()));
        }
        List<Campaign> stalled = outbox.campaigns().stream()
                .filter(c -> c.paused() && !OperatorAlerts.KIND.equals(c.kind())).toList();
        for (Campaign c : stalled) {
            alerts.alert("campaign-paused-" + c.id() + "-" + day,
                    "рассылка " + c.kind() + "/" + c.key() + " приостановлена после " + c.failures() + " ошибок",
                    "campaign " + c.kind() + "/" + c.key() + " is paused after " + c.failures()
                            + " failed letters (mail:outbox --status failed; mail:resume)",
                    Map.of("kind", "campaign", "campaign", c.kind() + "/" + c.key(), "failures", c.failures()));
        }
        context.count("sending-paused", paused.isPresent() ? 1 : 0);
        context.count("paused-campaigns", stalled.size());
        context.log(paused.map(r -> "sending paused: " + r).orElse("sending goes on") + "; paused campaigns: " + stalled.size());
    }
}
