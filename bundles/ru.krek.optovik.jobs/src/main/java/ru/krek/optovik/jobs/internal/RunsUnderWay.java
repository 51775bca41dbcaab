package ru.krek.optovik.jobs.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs under way in this process, by job name: at most one per job (the job's lock row says
 * the same across processes). Whoever starts a run holds this object's monitor while it decides.
 */
final class RunsUnderWay {

    private final Map<String, RunningJob> byJob = new ConcurrentHashMap<>();

    /** The job's run under way here; null when none. */
    RunningJob ofJob(String job) {
        return byJob.get(job);
    }

    /** The run under way here with this id; null when it is not (any more) running here. */
    RunningJob find(long id) {
        return byJob.values().stream().filter(r -> r.runId() == id).findFirst().orElse(null);
    }

    void add(RunningJob run) {
        byJob.put(run.job(), run);
    }

    void remove(RunningJob run) {
        byJob.remove(run.job(), run);
    }

    Collection<RunningJob> all() {
        return byJob.values();
    }

    Set<String> jobs() {
        return byJob.keySet();
    }
}
