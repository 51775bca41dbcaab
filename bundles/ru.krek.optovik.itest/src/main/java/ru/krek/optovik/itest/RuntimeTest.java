package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** The runtime as started: every Optovik bundle active, /health and optovik:status telling the truth. */
class RuntimeTest {

    @BeforeEach
    void embedded() throws Exception {
        OptovikFramework.unconfigureStore();
    }

    @Test
    void everyOptovikBundleIsActive() {
        OptovikFramework.readyStore();
        List<Bundle> ours = Arrays.stream(OptovikFramework.context().getBundles())
                .filter(b -> b.getSymbolicName().startsWith("ru.krek.optovik."))
                .toList();
        List<String> names = ours.stream().map(Bundle::getSymbolicName).toList();
        assertTrue(names.containsAll(List.of("ru.krek.optovik.api", "ru.krek.optovik.store",
                "ru.krek.optovik.health", "ru.krek.optovik.shell", "ru.krek.optovik.mail", "ru.krek.optovik.itest")), names.toString());
        for (Bundle bundle : ours) {
            assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is not active");
            assertEquals(bundle.getSymbolicName(), bundle.getHeaders().get(Constants.BUNDLE_NAME),
                    "Bundle-Name must equal Bundle-SymbolicName");
        }
    }

    @Test
    void healthAnswersUpWithTheDatabaseDetailsToLoopback() throws Exception {
        OptovikFramework.readyStore();
        HttpResponse<String> response = OptovikFramework.get("/health");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(Pattern.matches("\\{\"status\":\"up\",\"database\":\\{\"reachable\":true,\"version\":\"3\\.0\\.\\d+\"},"
                + "\"bundles\":\\{\"active\":\\d+,\"total\":\\d+}}", response.body()), response.body());
    }

    @Test
    void statusCommandShowsTheSameFacts() throws Exception {
        OptovikFramework.readyStore();
        String out = gogo("optovik:status");
        assertTrue(out.contains("status: up"), out);
        assertTrue(out.contains("database: reachable"), out);
        assertTrue(Pattern.compile("firebird-version: 3\\.0\\.\\d+").matcher(out).find(), out);
        assertTrue(Pattern.compile("bundles: \\d+ active of \\d+").matcher(out).find(), out);
        assertTrue(out.contains("uptime: "), out);
    }

    static String gogo(String line) throws Exception {
        CommandProcessor processor = OptovikFramework.service(CommandProcessor.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(System.in, out, out)) {
            Object result = session.execute(line);
            if (result != null) {
                out.println(session.format(result, 0));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
