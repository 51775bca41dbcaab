package ru.krek.optovik.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ExitStatusTest {

    /** Stands in for Gogo's exception of that name: ExitStatus knows it by its simple name only. */
    static final class CommandNotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandNotFoundException(String command) {
            super("Command not found: " + command);
        }
    }

    @Test
    void theContractCodes() {
        assertEquals(0, ExitStatus.OK);
        assertEquals(1, ExitStatus.FAILED);
        assertEquals(2, ExitStatus.USAGE);
    }

    @Test
    void unknownCommandIsUsage() {
        assertEquals(2, ExitStatus.of(new CommandNotFoundException("catalog:nope")));
    }

    @Test
    void gogosOwnCommandNotFoundExceptionIsUsage() {
        assertEquals(2, ExitStatus.of(new org.apache.felix.gogo.runtime.CommandNotFoundException("catalog:nope")));
    }

    @Test
    void illegalArgumentIsUsage() {
        assertEquals(2, ExitStatus.of(new IllegalArgumentException("--out is required")));
        assertEquals(2, ExitStatus.of(new NumberFormatException("For input string: \"x\"")));
    }

    @Test
    void usageFailureAsACauseIsStillUsage() {
        Exception wrapped = new Exception("invocation failed",
                new IllegalStateException("inner", new IllegalArgumentException("bad --clients")));

        assertEquals(2, ExitStatus.of(wrapped));
        assertEquals(2, ExitStatus.of(new RuntimeException(new CommandNotFoundException("x:y"))));
    }

    @Test
    void anythingElseIsFailure() {
        assertEquals(1, ExitStatus.of(new IllegalStateException("database unavailable")));
        assertEquals(1, ExitStatus.of(new UncheckedIOException(new IOException("disk full"))));
        assertEquals(1, ExitStatus.of(new Exception()));
    }

    @Test
    void aCommandNotFoundMessageIsNotEnough() {
        // Only the exception's kind counts, not its text.
        assertEquals(1, ExitStatus.of(new IllegalStateException("CommandNotFoundException")));
    }

    @Test
    void messageIsTheFailuresOwnMessage() {
        assertEquals("no client 42", ExitStatus.message(new IllegalStateException("no client 42")));
    }

    @Test
    void messageIsOneLine() {
        Exception multiline = new IllegalStateException("import failed:\n  line 3: bad price\r\n\r\n  line 9: no name\n");

        assertEquals("import failed: line 3: bad price line 9: no name", ExitStatus.message(multiline));
    }

    @Test
    void messageFallsBackToTheCausesMessage() {
        Exception wrapped = new RuntimeException((String) null, new IllegalStateException("outbox is locked"));

        assertEquals("outbox is locked", ExitStatus.message(wrapped));
    }

    @Test
    void messageFallsBackToTheDeepestMessage() {
        Exception wrapped = new RuntimeException((String) null,
                new IllegalStateException((String) null, new IOException("disk full")));

        assertEquals("disk full", ExitStatus.message(wrapped));
    }

    @Test
    void messageFallsBackToTheClassName() {
        assertEquals("NullPointerException", ExitStatus.message(new NullPointerException()));
        assertEquals("IllegalStateException",
                ExitStatus.message(new RuntimeException((String) null, new IllegalStateException())));
    }

    @Test
    void anOuterMessageWinsOverTheCause() {
        Exception wrapped = new IllegalStateException("cannot send", new IOException("connection refused"));

        assertEquals("cannot send", ExitStatus.message(wrapped));
    }
}
