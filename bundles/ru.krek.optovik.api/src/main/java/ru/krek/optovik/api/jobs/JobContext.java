package ru.krek.optovik.api.jobs;

import java.util.Map;
import java.util.concurrent.CancellationException;
import org.osgi.annotation.versioning.ProviderType;

/** What a running job sees of its run: parameters, and where it reports progress, counts and log lines. */
@ProviderType
public interface JobContext {

    long runId();

    /** The given parameters, with the job's defaults for the ones not given. */
    Map<String, String> parameters();

    /** A parameter's value (given or default); empty string when it has none. */
    default String parameter(String name) {
        return parameters().getOrDefault(name, "");
    }

    /** How far the run is: done of total units (total 0 = unknown yet). */
    void progress(long done, long total);

    /** Sets a named count the run reports when it ends (files, offers, letters…). */
    void count(String name, long value);

    /** One line of the run's log, kept with the run in the database. */
    void log(String line);

    /** Whether an operator (or the framework stopping) asked the run to stop. */
    boolean cancelRequested();

    /** Call at a safe point: throws when the run is to stop there. */
    default void checkCancelled() {
        if (cancelRequested()) {
            throw new CancellationException("cancelled at a safe point");
        }
    }
}
