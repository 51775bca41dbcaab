package ru.krek.optovik.jobs.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;
import ru.krek.optovik.api.jobs.JobRun;

class CompletionTest {

    private static final List<Job> JOBS = List.of(job("backup"), job("inbox-watch",
            new JobParameter("inbox", "the drop folder", "1c/inbox"), new JobParameter("note", "free text", "")));
    private static final List<JobRun> RECENT = List.of(run(7, JobRun.Status.RUNNING), run(6, JobRun.Status.FAILED),
            run(5, JobRun.Status.SUCCEEDED), run(4, JobRun.Status.CANCELLED));

    @Test
    void jobRunOffersJobNamesThenTheJobsParameters() {
        assertEquals(List.of("backup", "inbox-watch"), candidates("run", 1, "job:run", "in"));
        assertEquals(List.of("backup", "inbox-watch"), candidates("run", 1, "job:run", ""));
        assertEquals(List.of("inbox=1c/inbox", "note="), candidates("run", 2, "job:run", "inbox-watch", ""));
        assertEquals(List.of("inbox=1c/inbox", "note="), candidates("run", 3, "job:run", "--detach", "inbox-watch", "no"));
        assertEquals(List.of(), candidates("run", 2, "job:run", "backup", ""), "backup takes no parameters");
    }

    @Test
    void aRetryOffersTheRunsThatCanBeRetried() {
        assertEquals(List.of("6", "4"), candidates("run", 2, "job:run", "--retry", ""));
        assertEquals(List.of(), candidates("run", 3, "job:run", "--retry", "6", ""));
    }

    @Test
    void logOffersRecentRunsAndCancelTheRunsUnderWay() {
        assertEquals(List.of("7", "6", "5", "4"), candidates("log", 1, "job:log", ""));
        assertEquals(List.of("7"), candidates("cancel", 1, "job:cancel", ""));
        assertEquals(List.of(), candidates("log", 2, "job:log", "7", ""), "one run only");
        assertEquals(List.of(), candidates("list", 1, "job:list", ""));
    }

    private static List<String> candidates(String command, int index, String... words) {
        return Completion.candidates(command, List.of(words), index, JOBS, RECENT);
    }

    private static JobRun run(long id, JobRun.Status status) {
        Instant started = Instant.parse("2030-01-01T00:00:00Z");
        return new JobRun(id, "backup", "console", Map.of(), Optional.empty(), started,
                status == JobRun.Status.RUNNING ? Optional.empty() : Optional.of(started.plusSeconds(5)), status, 0, 0,
                Map.of(), "");
    }

    private static Job job(String name, JobParameter... parameters) {
        return new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "a test job";
            }

            @Override
            public List<JobParameter> parameters() {
                return List.of(parameters);
            }

            @Override
            public void run(JobContext context) {
            }
        };
    }
}
