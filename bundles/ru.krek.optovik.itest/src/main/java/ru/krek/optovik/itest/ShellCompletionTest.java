package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.jobs.Jobs;

/**
 * TAB in the operators' shell: the Gogo JLine login shell the SSH shell runs, on a terminal whose
 * keys the test types. A completion is proven by what the completed line then does.
 */
class ShellCompletionTest {

    private final JobsFixture fixture = new JobsFixture();

    @AfterEach
    void unregister() throws Exception {
        fixture.close();
    }

    @Test
    void tabCompletesJobNamesAndRunIds() throws Exception {
        CatalogFixture.freshDatabase("shell-completion");
        JobsFixture.configure();
        String marker = "tab-marker-" + System.nanoTime();
        AtomicInteger ran = new AtomicInteger();
        fixture.job("itest-tab-completed", List.of(), context -> {
            ran.incrementAndGet();
            context.log(marker);
        });
        fixture.job("itest-tab-waits", List.of(), context -> {
            while (!context.cancelRequested()) {
                Thread.sleep(50);
            }
            throw new CancellationException("by the test");
        });
        Jobs jobs = OptovikFramework.service(Jobs.class);

        try (TypedShell shell = new TypedShell()) {
            shell.type("job:run itest-tab-comp\t\n");
            OptovikFramework.await("job:run <TAB> to complete the job's name", () -> ran.get() == 1, shell::screen);

            shell.type("job:log \t\n"); // the one run there is
            OptovikFramework.await("job:log <TAB> to complete the run id", () -> shell.screen().contains(marker), shell::screen);

            JobRun waiting = jobs.start("itest-tab-waits", Map.of(), "itest");
            shell.type("job:cancel \t\n"); // the one run under way
            JobRun ended = jobs.await(waiting.id(), Duration.ofSeconds(30));
            assertEquals(JobRun.Status.CANCELLED, ended.status(), shell.screen());
        }
    }

    @Test
    void commandsWithoutDeclaredCompletionAreLeftAsTheyWere() throws Exception {
        CommandProcessor processor = OptovikFramework.service(CommandProcessor.class);
        try (CommandSession session = processor.createSession(System.in, System.out, System.out)) {
            session.execute("x = 1"); // a session without gosh's completion table: nothing to add to
            assertEquals(null, Shell.getCompletions(session));
            Map<String, List<org.jline.builtins.Completers.CompletionData>> table = new java.util.HashMap<>();
            session.put(Shell.VAR_COMPLETIONS, table); // as gosh does when an interactive session starts
            session.execute("x = 2");
            assertTrue(table.keySet().containsAll(List.of("job:run", "job:log", "job:cancel")), table.keySet().toString());
            assertTrue(!table.containsKey("job:list"), table.keySet().toString());
        }
    }

    /** gosh --login on a terminal fed through a pipe, as the SSH shell runs it. */
    private static final class TypedShell implements AutoCloseable {
        private final PipedOutputStream keys = new PipedOutputStream();
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private final Terminal terminal;
        private final Thread thread;

        TypedShell() throws IOException {
            PipedInputStream in = new PipedInputStream(keys, 64 * 1024);
            OutputStream out = new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (screen) {
                        screen.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (screen) {
                        screen.write(b, off, len);
                    }
                }
            };
            Thread current = Thread.currentThread();
            ClassLoader previous = current.getContextClassLoader();
            current.setContextClassLoader(Terminal.class.getClassLoader()); // jline finds its terminal providers there
            try {
                terminal = TerminalBuilder.builder().system(false).streams(in, out).type("xterm").size(new Size(200, 50))
                        .encoding(StandardCharsets.UTF_8).build();
            } finally {
                current.setContextClassLoader(previous);
            }
            CommandProcessor processor = OptovikFramework.service(CommandProcessor.class);
            thread = new Thread(() -> {
                try (CommandSession session = processor.createSession(terminal.input(), terminal.output(), terminal.output())) {
                    session.put(Shell.VAR_TERMINAL, terminal);
                    Shell.Context context = new Shell.Context() {
                        @Override
                        public String getProperty(String name) {
                            return System.getProperty(name);
                        }

                        @Override
                        public void exit() {
                            // the test's session ends, never the framework
                        }
                    };
                    new Shell(context, processor).gosh(session, new String[] {"--login", "--nohistory"});
                } catch (Exception e) {
                    synchronized (screen) {
                        screen.writeBytes(("gosh ended: " + e).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }, "itest-gosh");
            thread.setContextClassLoader(Terminal.class.getClassLoader());
            thread.start();
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** What the terminal showed, without colours and cursor moves. */
        String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
            }
        }

        @Override
        public void close() throws Exception {
            keys.close();
            thread.join(10_000);
            terminal.close();
        }
    }
}
