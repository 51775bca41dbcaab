package ru.krek.optovik.notify.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;

/** notify: the instant clients' letters for one import (the after-import job runs it for each import). */
@Component(service = Job.class)
public final class NotifyJob implements Job {

    private final NotifyService notify;

    @Activate
    public NotifyJob(@Reference NotifyService notify) {
        this.notify = notify;
    }

    @Override
    public String name() {
        return "notify";
    }

    @Override
    public String description() {
        return "queues change notices of one import to clients who want them instantly (once per client and import)";
    }

    @Override
    public List<JobParameter> parameters() {
        return List.of(new JobParameter("run", "the import run; empty = the last successful one", ""));
    }

    @Override
    public void run(JobContext context) throws Exception {
        String run = context.parameter("run").strip();
        long id;
        try {
            id = run.isEmpty() ? 0 : Long.parseLong(run);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("run must be an import run number: " + run);
        }
        notify.instant(id, context);
    }
}
