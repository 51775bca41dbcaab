package ru.krek.optovik.mail.internal.smtp;

import java.nio.file.Path;
import java.time.Clock;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.MailTransport;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.mail.internal.config.MailConfig;
import ru.krek.optovik.mail.internal.config.MailSettings;

/**
 * The smtp transport: Angus Mail to the server optovik.mail names, over one reused session. A
 * configuration change closes the session; the next letter opens one with the new settings.
 */
@Component(service = MailTransport.class, configurationPid = "optovik.mail",
        property = MailTransport.ID_PROPERTY + "=" + SmtpTransport.ID)
public final class SmtpTransport implements MailTransport {

    public static final String ID = "smtp";
    private static final Logger LOG = LoggerFactory.getLogger(SmtpTransport.class);

    private volatile SmtpConnection connection;

    private final Path home;

    @Activate
    public SmtpTransport(BundleContext context, MailConfig config) {
        this.home = OptovikHome.of(context).path();
        SmtpSettings settings;
        try {
            settings = settings(config);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; no SMTP server until it is fixed", e.getMessage());
            settings = SmtpSettings.plain("", 25, "localhost");
        }
        connection = new SmtpConnection(settings, Clock.systemUTC());
    }

    /** An invalid configuration keeps the last good one. */
    @Modified
    void modified(MailConfig config) {
        try {
            SmtpSettings settings = settings(config);
            if (!settings.equals(connection.settings())) {
                SmtpConnection old = connection;
                connection = new SmtpConnection(settings, Clock.systemUTC());
                old.close();
            }
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping SMTP server {}", e.getMessage(), connection.settings().server());
        }
    }

    @Deactivate
    void deactivate() {
        connection.close();
    }

    private SmtpSettings settings(MailConfig config) {
        String helo;
        try {
            helo = MailSettings.of(config).from().domain();
        } catch (IllegalArgumentException e) {
            helo = "localhost";
        }
        return SmtpSettings.of(config, helo, home);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Handover send(Letter letter) throws MailTransportException {
        return connection.send(letter);
    }
}
