package ru.krek.optovik.api.jobs;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A named unit of work, registered as a service; the runner finds it by {@link #name()}. A job
 * checks {@link JobContext#checkCancelled()} at its safe points: places where stopping leaves the
 * data consistent (between transactions, never inside one).
 */
@ConsumerType
public interface Job {

    /** Lower-case letters, digits and '-'; unique among the registered jobs, e.g. "backup". */
    String name();

    /** One line for operators (job:list, help). */
    String description();

    /** The parameters it accepts; any other is refused before a run starts. */
    default List<JobParameter> parameters() {
        return List.of();
    }

    /**
     * Does the work. Returning ends the run as succeeded; a {@link java.util.concurrent.CancellationException}
     * (from {@link JobContext#checkCancelled()}) as cancelled; any other exception as failed, with its
     * message as the run's error.
     */
    void run(JobContext context) throws Exception;
}
