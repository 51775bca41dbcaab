package ru.krek.optovik.itest;

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
 * The exported runtime as a process, driven through the launcher run/optovik as operators drive it: its
 * own OPTOVIK_HOME, free HTTP and SSH ports, and optionally its own OPTOVIK_ETC. Tests outside the
 * framework (LauncherIT, the browser test) share it.
 */
final class OptovikProcess {

    /** What a launcher call did. */
    record Run(int exit, String out, String err) {
    }

    final Path home;
    final Path launcher;
    final int httpPort;
    final int sshPort;
    private final Path etc;

    /**
     * @param home the runtime's OPTOVIK_HOME
     * @param etc  its OPTOVIK_ETC, or null for the repository's run/etc
     */
    OptovikProcess(Path home, Path etc) throws IOException {
        this.home = home;
        this.etc = etc;
        this.launcher = root().resolve("run/optovik").toRealPath();
        this.httpPort = freePort();
        this.sshPort = freePort();
    }

    /** The repository (OPTOVIK_ROOT, which failsafe sets). */
    static Path root() {
        return Path.of(System.getenv("OPTOVIK_ROOT"));
    }

    String url(String path) {
        return "http://127.0.0.1:" + httpPort + path;
    }

    /** run/optovik with the arguments, from the current folder. */
    Run run(String... args) throws Exception {
        return runIn(Path.of("").toAbsolutePath(), args);
    }

    Run runIn(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        return runWith(command, folder);
    }

    /** Any command line, with this runtime's environment. */
    Run runWith(List<String> command, Path folder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.put("OPTOVIK_HOME", home.toString());
        env.put("OPTOVIK_HTTP_PORT", Integer.toString(httpPort));
        env.put("OPTOVIK_SSH_PORT", Integer.toString(sshPort));
        if (etc != null) {
            env.put("OPTOVIK_ETC", etc.toString());
        }
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** `run/optovik exec …`, which must succeed; its output. */
    String exec(String... commandLine) throws Exception {
        List<String> args = new ArrayList<>(List.of("exec"));
        args.addAll(List.of(commandLine));
        Run run = run(args.toArray(String[]::new));
        if (run.exit() != 0) {
            throw new AssertionError("exec " + String.join(" ", commandLine) + " → " + run);
        }
        return run.out();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
