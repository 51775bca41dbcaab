package ru.krek.optovik.jobs.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunRequestTest {

    @Test
    void readsAJobWithParametersAndDetach() {
        assertEquals(new RunRequest("cleanup", Map.of("days", "3", "note", "a=b"), 0, true),
                RunRequest.parse("cleanup", "days=3", "--detach", "note=a=b"));
        assertEquals(new RunRequest("backup", Map.of(), 0, false), RunRequest.parse("backup"));
    }

    @Test
    void readsARetry() {
        assertEquals(new RunRequest(null, Map.of(), 12, false), RunRequest.parse("--retry", "12"));
    }

    @Test
    void badUsageNamesTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, RunRequest::parse).getMessage().startsWith("no job named"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("a", "b")).getMessage()
                .startsWith("one job at a time: 'a' and 'b'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("a", "--now")).getMessage()
                .startsWith("unknown option --now"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("--retry", "x")).getMessage()
                .startsWith("--retry needs a run number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("a", "--retry", "3")).getMessage()
                .startsWith("a job or --retry, not both"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("a", "=1")).getMessage()
                .startsWith("parameter '=1' is empty or given twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("a", "x=1", "x=2")).getMessage()
                .startsWith("parameter 'x=2' is empty or given twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRequest.parse("--retry", "3", "x=1"))
                .getMessage().startsWith("a retry runs with the run's own parameters"));
    }
}
