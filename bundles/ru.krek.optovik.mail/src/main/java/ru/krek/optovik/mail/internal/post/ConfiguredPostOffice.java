package ru.krek.optovik.mail.internal.post;

import java.util.List;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.MailTransport;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.mail.PostOffice;
import ru.krek.optovik.api.mail.TransportUnavailableException;
import ru.krek.optovik.mail.internal.config.MailConfig;
import ru.krek.optovik.mail.internal.config.MailSettings;

/** Sends through the transport optovik.mail names; a configuration change applies to the next letter. */
@Component(service = PostOffice.class, configurationPid = "optovik.mail")
@Designate(ocd = MailConfig.class)
public final class ConfiguredPostOffice implements PostOffice {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredPostOffice.class);

    private volatile MailSettings settings;

    /** Transports come and go with their bundles (smtp, pickup, any later one). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<MailTransport> transports = List.of();

    @Activate
    public ConfiguredPostOffice(MailConfig config) {
        MailSettings initial;
        try {
            initial = MailSettings.of(config);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; letters go to the pickup folder from {}", e.getMessage(), MailSettings.DEFAULT_FROM);
            initial = MailSettings.defaults();
        }
        settings = initial;
    }

    /** An invalid configuration keeps the last good one. */
    @Modified
    void modified(MailConfig config) {
        try {
            settings = MailSettings.of(config);
            LOG.info("Mail: transport {}, from {}", settings.transport(), settings.from());
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping transport {} from {}", e.getMessage(), settings.transport(), settings.from());
        }
    }

    @Override
    public Mailbox sender() {
        return settings.from();
    }

    @Override
    public String transport() {
        return settings.transport();
    }

    @Override
    public Handover send(Letter letter) throws MailTransportException {
        MailSettings now = settings;
        MailTransport transport = transports.stream().filter(t -> t.id().equals(now.transport())).findFirst()
                .orElseThrow(() -> new TransportUnavailableException("mail transport " + now.transport()
                        + " is not installed (installed: " + installed() + ")", false, null));
        Letter addressed = letter.returnPath().isEmpty() && now.returnPath().isPresent()
                ? letter.withReturnPath(now.returnPath().get()) : letter;
        return transport.send(addressed);
    }

    private String installed() {
        String ids = transports.stream().map(MailTransport::id).sorted().collect(Collectors.joining(", "));
        return ids.isEmpty() ? "none" : ids;
    }
}
