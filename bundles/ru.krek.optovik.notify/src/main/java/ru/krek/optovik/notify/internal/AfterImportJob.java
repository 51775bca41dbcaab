package ru.krek.optovik.notify.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;

/**
 * after-import: the default chain for each successful import not done yet, in order: the instant clients'
 * notices, then the price lists due each import. The import watcher starts it; operators may too.
 */
@Component(service = Job.class)
public final class AfterImportJob implements Job {

    static final String NAME = "after-import";

    private final NotifyService notify;

    @Activate
    public AfterImportJob(@Reference NotifyService notify) {
        this.notify = notify;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "after each new successful import: instant change notices, then price lists due each import";
    }

    @Override
    public void run(JobContext context) throws Exception {
        notify.afterImport(context);
    }
}
