package ru.krek.optovik.clients.internal;

import java.time.Duration;
import ru.krek.optovik.api.client.Manager;

/** The directory's configuration (PID optovik.clients), checked. */
record Settings(String defaultDiscount, boolean approvalRequired, Manager manager, Duration confirmationLifetime) {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Settings.class);
    static final int DEFAULT_HOURS = 48;

    static Settings of(ClientsConfig config) {
        int hours = config.confirmation_hours();
        if (hours < 1) {
            LOG.warn("{}: confirmation.hours must be at least 1 (was {}); using {}", ClientsConfig.PID, hours, DEFAULT_HOURS);
            hours = DEFAULT_HOURS;
        }
        Manager manager = new Manager(config.manager_name(), config.manager_email());
        if (!manager.email().isEmpty() && ClientValidation.emailProblem(manager.email(), false).isPresent()) {
            LOG.warn("{}: manager.email \"{}\" is not an e-mail address; new clients get no default manager address",
                    ClientsConfig.PID, manager.email());
            manager = new Manager(manager.name(), "");
        }
        return new Settings(config.default_discount().strip(), config.approval_required(), manager, Duration.ofHours(hours));
    }
}
