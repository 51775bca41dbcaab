package ru.krek.optovik.mail.internal.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** src/test/smtpd/fault-smtpd.py (Debian python3-aiosmtpd) as a process on a free loopback port. */
final class FaultSmtpServer implements AutoCloseable {

    static final Path SCRIPT = Path.of("src/test/smtpd/fault-smtpd.py");

    final int port;
    final Path spool;
    final Path rules;
    private final List<String> auth;
    private Process process;

    FaultSmtpServer(Path dir, String... userAndPassword) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        spool = dir.resolve("spool");
        rules = dir.resolve("rules.json");
        auth = userAndPassword.length == 2 ? List.of("--user", userAndPassword[0], "--password", userAndPassword[1]) : List.of();
        start();
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", SCRIPT.toAbsolutePath().toString(),
                "--port", Integer.toString(port), "--spool", spool.toString(), "--rules", rules.toString()));
        command.addAll(auth);
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IOException("fault-smtpd did not start (is python3-aiosmtpd installed?): " + line);
        }
    }

    /** Faults as fault-smtpd.py reads them (a JSON list). */
    void rules(String json) throws IOException {
        Path temp = rules.resolveSibling("rules.tmp");
        Files.writeString(temp, json);
        Files.move(temp, rules, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    List<Path> letters() throws IOException {
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
