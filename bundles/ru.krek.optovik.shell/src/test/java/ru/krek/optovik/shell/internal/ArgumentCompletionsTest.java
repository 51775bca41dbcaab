package ru.krek.optovik.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentCompletionsTest {

    @Test
    void eachEntryNamesAFunctionOfTheScopeAndTheScriptThatCompletesIt() {
        assertEquals(Map.of("job:run", "job:_complete run ($.commandLine words)", "job:log", "a = b"),
                ArgumentCompletions.entries("job", new String[] {"run=job:_complete run ($.commandLine words)", "log = a = b"}));
        assertEquals(Map.of("mail:send", "mail:_clients"), ArgumentCompletions.entries("mail", "send=mail:_clients"));
    }

    @Test
    void entriesWithoutAFunctionOrAScriptAreIgnored() {
        assertEquals(Map.of(), ArgumentCompletions.entries("job", new String[] {"run", "=script", "log=", ""}));
    }
}
