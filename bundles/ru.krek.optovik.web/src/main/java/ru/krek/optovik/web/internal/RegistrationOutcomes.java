package ru.krek.optovik.web.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.Registration;

/**
 * The letters each registration outcome sends; the page after it is the same for all (no answer reveals
 * whether an e-mail is known): a new or still-pending address gets the confirmation link, an active or
 * paused one a note with its preferences link, a blocked one nothing; the manager hears of new clients
 * when managers approve them.
 */
final class RegistrationOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationOutcomes.class);

    private final ClientLetters client;
    private final ManagerLetters manager;

    RegistrationOutcomes(ClientLetters client, ManagerLetters manager) {
        this.client = client;
        this.manager = manager;
    }

    void tell(Registration registration, ClientDetails typed) throws Exception {
        switch (registration.outcome()) {
            case NEW, PENDING_AGAIN -> client.confirmation(registration, registration.token()
                    .orElseThrow(() -> new IllegalStateException("registration " + registration.outcome() + " without a token")));
            case ALREADY_ACTIVE -> client.alreadyRegistered(registration);
            case REFUSED -> LOG.info("registration of blocked client {}: no letter sent", registration.clientId());
        }
        if (registration.outcome() == Registration.Outcome.NEW && registration.approvalRequired()
                && !manager.newClient(registration, typed)) {
            LOG.warn("client {} awaits approval, but optovik.clients has no manager.email to tell", registration.clientId());
        }
    }
}
