package ru.krek.optovik.jobs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobParameter;

/** A run's parameters checked against what its job accepts, with the job's defaults filled in. */
final class Parameters {

    private Parameters() {
    }

    /** @throws IllegalArgumentException naming the parameter the job does not accept */
    static Map<String, String> checked(Job job, Map<String, String> given) {
        Map<String, String> all = new LinkedHashMap<>();
        for (JobParameter p : job.parameters()) {
            if (!p.defaultValue().isEmpty()) {
                all.put(p.name(), p.defaultValue());
            }
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (job.parameters().stream().noneMatch(p -> p.name().equals(e.getKey()))) {
                throw new IllegalArgumentException("job " + job.name() + " has no parameter '" + e.getKey() + "'; "
                        + (job.parameters().isEmpty() ? "it takes none"
                                : "it accepts: " + job.parameters().stream().map(JobParameter::name)
                                        .collect(Collectors.joining(", "))));
            }
            all.put(e.getKey(), e.getValue());
        }
        return all;
    }
}
