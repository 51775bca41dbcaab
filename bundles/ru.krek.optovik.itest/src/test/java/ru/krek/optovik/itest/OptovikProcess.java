package ru.krek.optovik.itest;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The exported runtime as a process, driven through the launcher run/optovik as operators drive it: its
 * own OPTOVIK_HOME, free HTTP and SSH ports, and optionally its own OPTOVIK_ETC. Tests outside the
 * framework (LauncherIT, the browser test, the ones on the Firebird server) share it.
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

    /** A copy of the shipped configuration (run/etc) in the folder, for a test to change; the folder. */
    static Path copyEtc(Path folder) throws IOException {
        Path shipped = root().resolve("run/etc");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path target = folder.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return folder;
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
        // the machine running the tests may be busy: a start may take longer than the launcher's 90 s
        env.putIfAbsent("OPTOVIK_START_TIMEOUT", "170");
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

    /** `run/optovik start`, which must succeed (it returns once /health answers). */
    void start() throws Exception {
        must("start");
    }

    void stop() throws Exception {
        must("stop");
    }

    /**
     * kill -9 of the runtime's JVM, as a power cut would end it; returns once it is gone. Nothing when
     * it is not running (the pid file of a killed runtime stays, and its number may be reused).
     */
    void kill() throws Exception {
        Path pidFile = home.resolve("optovik.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).strip();
        if (!pid.matches("\\d+") || !proc(pid, "cmdline").contains("optovik.jar")) {
            return;
        }
        new ProcessBuilder("kill", "-9", pid).start().waitFor();
        for (int i = 0; i < 200 && !proc(pid, "stat").isEmpty() && !proc(pid, "stat").contains(") Z "); i++) {
            Thread.sleep(50); // until gone, or a zombie nobody reaps (a container's init)
        }
    }

    /** The process id of the running runtime (as the jobs' run table and ps name it). */
    String pid() throws IOException {
        return Files.readString(home.resolve("optovik.pid")).strip();
    }

    /** A file of /proc/PID, empty when there is no such process (and a zombie's cmdline is empty). */
    private static String proc(String pid, String file) {
        try {
            return Files.readString(Path.of("/proc", pid, file), StandardCharsets.ISO_8859_1);
        } catch (IOException gone) {
            return "";
        }
    }

    private void must(String command) throws Exception {
        Run run = run(command);
        if (run.exit() != 0) {
            throw new AssertionError("run/optovik " + command + " in " + home + " → " + run);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
