package ru.krek.optovik.api.jobs;

/** A start refused because a run of the job is under way: one run of a job at a time. */
public class JobAlreadyRunningException extends JobException {

    private static final long serialVersionUID = 1L;
    private final long running;

    public JobAlreadyRunningException(String job, long running) {
        super("job " + job + " is already running as run " + running);
        this.running = running;
    }

    /** The run that is under way. */
    public long running() {
        return running;
    }
}
