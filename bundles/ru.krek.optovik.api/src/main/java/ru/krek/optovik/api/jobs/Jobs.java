package ru.krek.optovik.api.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The job runner: starts, waits for, cancels and lists runs, and tells what the schedule fires next. */
@ProviderType
public interface Jobs {

    /** The registered jobs, by name. */
    List<Job> jobs();

    /**
     * Starts a run in the background and returns it as recorded (status running).
     *
     * @param parameters {@code name → value}; unknown names are refused
     * @param startedBy  who asks (an operator's name, "schedule")
     * @throws IllegalArgumentException    no such job, or a parameter it does not accept
     * @throws JobAlreadyRunningException a run of that job is under way (in this or another process)
     * @throws JobException               the run could not be recorded (the database is down)
     */
    JobRun start(String job, Map<String, String> parameters, String startedBy) throws JobException;

    /**
     * Starts a failed or cancelled run again with its parameters; "retry of N by …" as its starter.
     *
     * @throws IllegalArgumentException no such run, or it did not fail and was not cancelled
     */
    JobRun retry(long run, String startedBy) throws JobException;

    /** Waits until the run ends or the timeout passes; returns it as it is then. */
    JobRun await(long run, Duration timeout) throws JobException, InterruptedException;

    /**
     * Asks a running run to stop at its next safe point.
     *
     * @return false when it had already ended
     * @throws IllegalArgumentException no such run
     */
    boolean cancel(long run) throws JobException;

    Optional<JobRun> run(long id) throws JobException;

    /** The runs still running, then the most recent ones, newest first; at most {@code limit}. */
    List<JobRun> runs(int limit) throws JobException;

    /** The run's log, oldest line first. */
    List<JobLogLine> log(long run) throws JobException;

    /** Every configured schedule, soonest first. */
    List<ScheduledJob> schedule();
}
