package ru.krek.optovik.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;

class ParametersTest {

    private static Job job(JobParameter... parameters) {
        return new Job() {
            @Override public String name() { return "x"; }
            @Override public String description() { return "test"; }
            @Override public List<JobParameter> parameters() { return List.of(parameters); }
            @Override public void run(JobContext context) { }
        };
    }

    @Test
    void defaultsFillWhatIsNotGiven() {
        Job job = job(new JobParameter("inbox", "folder", "1c/inbox"), new JobParameter("limit", "n", ""));
        assertEquals(Map.of("inbox", "1c/inbox"), Parameters.checked(job, Map.of()));
        assertEquals(Map.of("inbox", "/in", "limit", "5"), Parameters.checked(job, Map.of("inbox", "/in", "limit", "5")));
    }

    @Test
    void anUnknownParameterIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameters.checked(job(new JobParameter("inbox", "folder", "")), Map.of("inbx", "a")));
        assertEquals("job x has no parameter 'inbx'; it accepts: inbox", e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Parameters.checked(job(), Map.of("a", "b")));
        assertEquals("job x has no parameter 'a'; it takes none", none.getMessage());
    }
}
