package ru.krek.optovik.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.shell.ShellFactory;
import org.jline.builtins.ssh.ShellFactoryImpl;
import org.jline.builtins.ssh.Ssh;
import org.jline.terminal.Terminal;

/**
 * {@code ssh -p 8101 operator@localhost}: with a terminal, the full Gogo shell (completion, history,
 * editing, Ctrl-C); without one ({@code ssh -T}, a pipe), a plain line shell, since jline cannot
 * size a terminal that is not there.
 */
final class InteractiveShellFactory implements ShellFactory {

    private final CommandProcessor processor;
    private final ShellFactory terminalShell;

    InteractiveShellFactory(CommandProcessor processor) {
        this.processor = processor;
        this.terminalShell = new ShellFactoryImpl(this::runGogo);
    }

    @Override
    public Command createShell(ChannelSession channel) throws IOException {
        return new Chooser(terminalShell.createShell(channel));
    }

    private void runGogo(Ssh.ShellParams params) {
        Terminal terminal = params.getTerminal();
        try (CommandSession session = processor.createSession(terminal.input(), terminal.output(), terminal.output())) {
            session.put(Shell.VAR_TERMINAL, terminal);
            params.getEnv().forEach(session::put);
            Shell.Context context = new Shell.Context() {
                @Override
                public String getProperty(String name) {
                    return System.getProperty(name);
                }

                @Override
                public void exit() {
                    params.getCloser().run(); // the session ends, never the framework
                }
            };
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(Terminal.class.getClassLoader());
            try {
                new Shell(context, processor).gosh(session, new String[] {"--login"});
            } finally {
                thread.setContextClassLoader(previous);
            }
        } catch (Exception e) {
            try {
                terminal.writer().println(ExitStatus.message(e));
                terminal.flush();
            } catch (RuntimeException ignored) {
                // the session is already gone
            }
        } finally {
            params.getCloser().run();
        }
    }

    /** Picks the jline shell when the client asked for a terminal, the line shell otherwise. */
    private final class Chooser implements Command {
        private final Command withTerminal;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Command chosen;

        Chooser(Command withTerminal) {
            this.withTerminal = withTerminal;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
            withTerminal.setInputStream(in);
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
            withTerminal.setOutputStream(out);
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
            withTerminal.setErrorStream(err);
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
            withTerminal.setExitCallback(exit);
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            boolean terminal = env.getEnv().containsKey(Environment.ENV_COLUMNS) && !env.getPtyModes().isEmpty();
            chosen = terminal ? withTerminal : lines();
            chosen.start(channel, env);
        }

        private Command lines() {
            Command lines = new GogoCommand.Lines(processor);
            lines.setInputStream(in);
            lines.setOutputStream(out);
            lines.setErrorStream(err);
            lines.setExitCallback(exit);
            return lines;
        }

        @Override
        public void destroy(ChannelSession channel) throws Exception {
            if (chosen != null) {
                chosen.destroy(channel);
            }
        }
    }
}
