package ru.krek.optovik.shell.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * Gogo over an SSH channel without a terminal: UTF-8 streams, nothing truncated, a failure as one
 * line on stderr and the launcher contract's exit status. Runs on its own thread, since SSHD's
 * threads must not block on a long command.
 */
abstract class GogoCommand implements Command {

    protected final CommandProcessor processor;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Thread worker;

    GogoCommand(CommandProcessor processor) {
        this.processor = processor;
    }

    /** Runs in the worker thread; returns the exit status. */
    protected abstract int run(CommandSession session, InputStream in, PrintStream stdout, PrintStream stderr);

    /** Runs one line in a session: its result on stdout, a failure as one line on stderr. */
    static int execute(CommandSession session, String line, PrintStream stdout, PrintStream stderr) {
        int status;
        try {
            Object result = session.execute(line);
            if (result != null) {
                stdout.println(session.format(result, Converter.INSPECT));
            }
            status = ExitStatus.OK;
        } catch (Exception failure) {
            stderr.println(ExitStatus.message(failure));
            status = ExitStatus.of(failure);
        }
        stdout.flush();
        stderr.flush();
        return status;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        worker = new Thread(() -> {
            PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
            int status;
            try (CommandSession session = processor.createSession(in, stdout, stderr)) {
                callersDirectory(env).ifPresent(session::currentDir);
                status = run(session, in, stdout, stderr);
            }
            exit.onExit(status);
        }, "optovik-shell-" + channel.getSession().getUsername());
        worker.start();
    }

    /**
     * run/optovik exec sends the caller's working directory, so `catalog:import exchange/` means the
     * caller's folder, as it would in any command-line tool.
     */
    static java.util.Optional<java.nio.file.Path> callersDirectory(Environment env) {
        String dir = env.getEnv().get(CALLERS_DIRECTORY);
        if (dir == null || dir.isBlank()) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path path = java.nio.file.Path.of(dir);
        return path.isAbsolute() && java.nio.file.Files.isDirectory(path) ? java.util.Optional.of(path)
                : java.util.Optional.empty();
    }

    static final String CALLERS_DIRECTORY = "OPTOVIK_CWD";

    @Override
    public void destroy(ChannelSession channel) {
        if (worker != null && worker.isAlive()) {
            worker.interrupt();
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    /** One command line: what run/optovik exec and cron send. */
    static final class Exec extends GogoCommand {
        private final String line;

        Exec(CommandProcessor processor, String line) {
            super(processor);
            this.line = line;
        }

        @Override
        protected int run(CommandSession session, InputStream in, PrintStream stdout, PrintStream stderr) {
            return execute(session, line, stdout, stderr);
        }
    }

    /** One command per line without editing: for pipes and {@code ssh -T}. */
    static final class Lines extends GogoCommand {

        Lines(CommandProcessor processor) {
            super(processor);
        }

        @Override
        protected int run(CommandSession session, InputStream in, PrintStream stdout, PrintStream stderr) {
            int status = ExitStatus.OK;
            try (java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null && !line.trim().equals("exit");
                        line = lines.readLine()) {
                    if (!line.isBlank()) {
                        status = execute(session, line, stdout, stderr);
                    }
                }
            } catch (java.io.IOException e) {
                status = ExitStatus.FAILED;
            }
            return status;
        }
    }
}
