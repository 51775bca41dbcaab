package ru.krek.optovik.mail.testing;

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

/**
 * bundles/ru.krek.optovik.mail/src/test/smtpd/fault-smtpd.py (Debian python3-aiosmtpd) as a process on a free
 * loopback port. One copy for the mail bundle's unit tests and the in-framework tests (the itest bundle takes
 * this package from the mail test-jar); each passes the script's path as it finds it.
 */
public final class FaultSmtpServer implements AutoCloseable {

    /** The script, relative to the mail bundle's folder (its unit tests run there). */
    public static final Path SCRIPT = Path.of("src/test/smtpd/fault-smtpd.py");

    public final int port;
    public final Path spool;
    public final Path rules;
    private final Path script;
    private final List<String> options;
    private Process process;

    public FaultSmtpServer(Path script, Path dir, String... userAndPassword) throws IOException {
        this(script, dir, userAndPassword.length == 2 ? List.of("--user", userAndPassword[0], "--password", userAndPassword[1]) : List.of());
    }

    /** @param options more of the script's options, e.g. --tls-cert, --tls-key, --require-starttls */
    public FaultSmtpServer(Path script, Path dir, List<String> options) throws IOException {
        this.script = script;
        this.options = List.copyOf(options);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        spool = dir.resolve("spool");
        rules = dir.resolve("rules.json");
        start();
    }

    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toAbsolutePath().toString(),
                "--port", Integer.toString(port), "--spool", spool.toString(), "--rules", rules.toString()));
        command.addAll(options);
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IOException("fault-smtpd did not start (is python3-aiosmtpd installed?): " + line);
        }
    }

    /** Faults as fault-smtpd.py reads them (a JSON list). */
    public void rules(String json) throws IOException {
        Path temp = rules.resolveSibling("rules.tmp");
        Files.writeString(temp, json);
        Files.move(temp, rules, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public List<Path> letters() throws IOException {
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
