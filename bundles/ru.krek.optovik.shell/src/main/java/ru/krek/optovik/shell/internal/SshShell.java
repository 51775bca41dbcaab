package ru.krek.optovik.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.runtime.OptovikHome;

/**
 * Operators' way in: the Gogo shell over SSH on 127.0.0.1 only, never without authentication.
 * Keys live in OPTOVIK_HOME/keys (mode 0600): the host key, and the public half of the launcher's
 * exec key.
 */
@Component(service = SshShell.class, configurationPid = "optovik.shell", immediate = true)
@Designate(ocd = ShellConfig.class)
public final class SshShell {

    static final String PORT_VARIABLE = "OPTOVIK_SSH_PORT";
    private static final Logger LOG = LoggerFactory.getLogger(SshShell.class);
    // A silent command (a long import) must not be cut off while it works.
    private static final Duration IDLE_TIMEOUT = Duration.ofHours(12);
    private final SshServer server;

    @Activate
    public SshShell(ShellConfig config, BundleContext context, @Reference CommandProcessor processor)
            throws IOException {
        OptovikHome home = OptovikHome.of(context);
        Path keys = home.resolve("keys");
        Files.createDirectories(keys);
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        OperatorAccounts accounts = new OperatorAccounts(config.users(), keys.resolve("exec_key.pub"), home);
        int port = port(config);

        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(port);
        SimpleGeneratorHostKeyProvider hostKey = new SimpleGeneratorHostKeyProvider(keys.resolve("ssh_host_key"));
        hostKey.setAlgorithm("EC");
        hostKey.loadKeys(null); // generated now, not at the first login, so its mode is set below
        server.setKeyPairProvider(hostKey);
        server.setPasswordAuthenticator(accounts);
        server.setPublickeyAuthenticator(accounts);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, line) -> new GogoCommand.Exec(processor, line));
        server.setShellFactory(new InteractiveShellFactory(processor));
        CoreModuleProperties.IDLE_TIMEOUT.set(server, IDLE_TIMEOUT);
        CoreModuleProperties.NIO2_READ_TIMEOUT.set(server, Duration.ZERO);
        server.start();
        Path hostKeyFile = keys.resolve("ssh_host_key");
        if (Files.exists(hostKeyFile)) {
            Files.setPosixFilePermissions(hostKeyFile, PosixFilePermissions.fromString("rw-------"));
        }
        LOG.info("Shell listening on ssh://127.0.0.1:{} ({} operator account(s) besides exec)", port, accounts.people());
    }

    private static int port(ShellConfig config) {
        String fromEnv = System.getenv(PORT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                int port = Integer.parseInt(fromEnv.trim());
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below, then the configured port is used
            }
            LOG.error("{}={} is not a port number; using {}", PORT_VARIABLE, fromEnv, config.port());
        }
        if (config.port() < 1 || config.port() > 65535) {
            throw new IllegalArgumentException("optovik.shell: port must be 1-65535, not " + config.port());
        }
        return config.port();
    }

    @Deactivate
    void stop() throws IOException {
        server.stop(true);
    }
}
