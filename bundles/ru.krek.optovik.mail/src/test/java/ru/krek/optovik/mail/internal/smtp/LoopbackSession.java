package ru.krek.optovik.mail.internal.smtp;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/** A test's SMTP session to a loopback server it starts itself; both are closed after each test. */
public abstract class LoopbackSession {

    @TempDir
    protected Path dir;
    protected FaultSmtpServer server;
    protected SmtpConnection smtp;

    @AfterEach
    void closeSessionAndServer() throws Exception {
        if (smtp != null) {
            smtp.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
