package ru.krek.optovik.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The exported runtime driven through run/optovik, as an operator drives it, in a home and on ports
 * of its own so a benchmark never touches a running Optovik.
 */
final class OptovikProcess implements AutoCloseable {

    private final Path launcher;
    private final Map<String, String> env;
    private final Path log;
    private final Path home;

    OptovikProcess(Path root, Path home, Path etc, String javaExtra) throws IOException {
        this.launcher = root.resolve("run/optovik");
        this.log = home.resolve("bench-launcher.log");
        this.home = home;
        // OPTOVIK_JAVA_EXTRA of the caller (a flight recording, say) is kept beside the benchmark's own.
        String callers = System.getenv("OPTOVIK_JAVA_EXTRA");
        javaExtra = callers == null || callers.isBlank() ? javaExtra : callers + " " + javaExtra;
        this.env = Map.of("OPTOVIK_HOME", home.toString(), "OPTOVIK_ETC", etc.toString(),
                "OPTOVIK_HTTP_PORT", String.valueOf(freePort()), "OPTOVIK_SSH_PORT", String.valueOf(freePort()),
                "OPTOVIK_JAVA_EXTRA", javaExtra);
        Files.createDirectories(home);
    }

    void start() throws IOException, InterruptedException {
        run("start");
    }

    /** The running process (run/optovik's pid file). */
    long pid() throws IOException {
        return Long.parseLong(Files.readString(home.resolve("optovik.pid")).strip());
    }

    /** One shell command; its output, or an exception with its error line. */
    String exec(String commandLine) throws IOException, InterruptedException {
        return run("exec", commandLine);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop");
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0) {
            List<String> errors = Files.readAllLines(log);
            throw new IOException("run/optovik " + String.join(" ", args) + " failed: "
                    + (errors.isEmpty() ? out : errors.get(errors.size() - 1)));
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
