package ru.krek.optovik.notify.internal;

import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;

/** digest: daily and weekly clients' letters, every import since their last one merged (optovik.jobs digest.cron). */
@Component(service = Job.class)
public final class DigestJob implements Job {

    private static final Set<String> MODES = Set.of("due", "daily", "weekly");

    private final NotifyService notify;

    @Activate
    public DigestJob(@Reference NotifyService notify) {
        this.notify = notify;
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public String description() {
        return "queues digests of the imports since each daily or weekly client's last letter (schedule: digest.cron)";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(new JobParameter("frequency",
                "due (daily clients, and weekly ones a week after their last digest), daily or weekly", "due"));
    }

    @Override
    public void run(JobContext context) throws Exception {
        String mode = context.parameter("frequency").strip();
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("frequency must be due, daily or weekly: " + mode);
        }
        notify.digest(mode, context);
    }
}
