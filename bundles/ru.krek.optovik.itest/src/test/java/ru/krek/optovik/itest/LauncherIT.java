package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported runtime as operators run it: run/optovik start, exec, status and stop as separate
 * processes, with the launcher contract's exit codes (0 ok, 1 failed, 2 usage, 3 not running).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    @TempDir
    static Path home;
    static OptovikProcess optovik;

    @BeforeAll
    static void locate() throws IOException {
        optovik = new OptovikProcess(home, null);
    }

    @AfterAll
    static void stop() throws Exception {
        run("stop");
    }

    @Test
    @Order(1)
    void startAnswersHealthWithoutRebuilding() throws Exception {
        OptovikProcess.Run start = run("start");
        assertEquals(0, start.exit(), start.toString());
        assertFalse(start.out().contains("Building"), "the runtime was built by mvn already: " + start.out());
        Matcher ms = Pattern.compile("Optovik is up in (\\d+) ms").matcher(start.out());
        assertTrue(ms.find(), start.out());
        System.out.println("launcher: start to /health 200 in " + ms.group(1) + " ms");
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(optovik.url("/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().startsWith("{\"status\":\"up\""), health.body());
        assertTrue(Files.isRegularFile(home.resolve("data/optovik.fdb")));
        assertEquals("rw-------", permissions(home.resolve("keys/exec_key")), "the exec key is the owner's alone");
        assertEquals("rw-------", permissions(home.resolve("keys/ssh_host_key")), "so is the host key");
    }

    @Test
    @Order(2)
    void aSecondStartSaysItIsAlreadyRunning() throws Exception {
        OptovikProcess.Run again = run("start");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("already running"), again.out());
    }

    @Test
    @Order(3)
    void execRunsGogoCommandsWithTheContractsExitCodes() throws Exception {
        OptovikProcess.Run status = run("exec", "optovik:status");
        assertEquals(0, status.exit(), status.toString());
        assertTrue(status.out().contains("database: reachable"), status.out());
        assertTrue(Pattern.compile("firebird-version: 3\\.0\\.\\d+").matcher(status.out()).find(), status.out());

        OptovikProcess.Run bundles = run("exec", "lb -s");
        assertEquals(0, bundles.exit(), bundles.toString());
        for (String name : List.of("ru.krek.optovik.api", "ru.krek.optovik.store", "ru.krek.optovik.catalog",
                "ru.krek.optovik.onec", "ru.krek.optovik.health", "ru.krek.optovik.shell")) {
            assertTrue(Pattern.compile("\\|Active\\s*\\|\\s*\\d+\\|" + Pattern.quote(name) + " ").matcher(bundles.out()).find(),
                    name + " not Active in:\n" + bundles.out());
        }

        OptovikProcess.Run unknown = run("exec", "nosuch:command");
        assertEquals(2, unknown.exit(), unknown.toString());
        assertEquals(1, unknown.err().strip().lines().count(), "one line on stderr: " + unknown.err());

        OptovikProcess.Run failed = run("exec", "new", "java.io.FileInputStream", "/nonexistent/optovik");
        assertEquals(1, failed.exit(), failed.toString());
        assertTrue(failed.err().contains("/nonexistent/optovik"), failed.err());

        OptovikProcess.Run noCommand = run("exec");
        assertEquals(2, noCommand.exit(), noCommand.toString());
    }

    @Test
    @Order(4)
    void cyrillicSurvivesAnEmptyEnvironment() throws Exception {
        String text = "Прайс-лист ООО «КРЭК»: резисторы, конденсаторы";
        OptovikProcess.Run echo = runWith(List.of("env", "-i", "PATH=/usr/bin:/bin", "OPTOVIK_HOME=" + home,
                "OPTOVIK_HTTP_PORT=" + optovik.httpPort, "OPTOVIK_SSH_PORT=" + optovik.sshPort, optovik.launcher.toString(), "exec", "echo", text));
        assertEquals(0, echo.exit(), echo.toString());
        assertEquals(text, echo.out().strip());
    }

    @Test
    @Order(5)
    void anExchangeIsGeneratedAndImportedFromTheCallersFolder() throws Exception {
        Path caller = Files.createDirectories(home.resolve("caller with space"));
        OptovikProcess.Run generate = runIn(caller, "exec", "catalog:generate", "exchange", "--offers", "200");
        assertEquals(0, generate.exit(), generate.toString());
        assertTrue(Files.isRegularFile(caller.resolve("exchange/import.xml")), "relative to the caller: " + generate.out());

        OptovikProcess.Run imported = runIn(caller, "exec", "catalog:import", "exchange");
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().matches("(?s)run \\d+ succeeded: .*200 offers.*"), imported.out());

        OptovikProcess.Run stats = run("exec", "catalog:stats");
        assertTrue(stats.out().contains("offers: 200"), stats.out());

        OptovikProcess.Run refused = runIn(caller, "exec", "catalog:import", "exchange/import.xml", "/nonexistent/offers.xml");
        assertEquals(2, refused.exit(), "a missing file is bad usage: " + refused);
        Files.writeString(caller.resolve("broken.xml"), "<КоммерческаяИнформация ВерсияСхемы=\"2.10\"><Каталог>");
        OptovikProcess.Run broken = runIn(caller, "exec", "catalog:import", "broken.xml");
        assertEquals(1, broken.exit(), broken.toString());
        assertTrue(broken.err().contains("broken.xml"), "the reason names the file: " + broken.err());
    }

    @Test
    @Order(6)
    void statusAndStopAndNotRunning() throws Exception {
        OptovikProcess.Run status = run("status");
        assertEquals(0, status.exit(), status.toString());
        assertTrue(status.out().contains("running: yes"), status.out());

        OptovikProcess.Run stop = run("stop");
        assertEquals(0, stop.exit(), stop.toString());
        assertFalse(Files.exists(home.resolve("optovik.pid")));

        assertEquals(3, run("status").exit());
        OptovikProcess.Run exec = run("exec", "optovik:status");
        assertEquals(3, exec.exit(), exec.toString());
        assertEquals(0, run("stop").exit(), "stopping what is not running is fine");
        assertEquals(2, run("frobnicate").exit(), "an unknown launcher command is a usage error");
    }

    private static String permissions(Path file) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static OptovikProcess.Run run(String... args) throws Exception {
        return optovik.run(args);
    }

    private static OptovikProcess.Run runIn(Path folder, String... args) throws Exception {
        return optovik.runIn(folder, args);
    }

    private static OptovikProcess.Run runWith(List<String> command) throws Exception {
        return optovik.runWith(command, Path.of("").toAbsolutePath());
    }
}
