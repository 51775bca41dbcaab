package ru.krek.optovik.notify.internal;

import java.util.List;
import java.util.Optional;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.ClientLetters;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceLists;
import ru.krek.optovik.api.store.Store;

/**
 * Which clients take their price list after each import, and queueing a client's current list (its first
 * preferred format) in campaign ("pricelist", key); the letter itself is mail's {@link ClientLetters}.
 */
final class PriceListMailer {

    static final String CAMPAIGN = "pricelist";

    private final Store store;
    private final Outbox outbox;
    private final ClientDirectory directory;
    private final PriceLists lists;
    private final ClientLetters letters;

    PriceListMailer(Store store, Outbox outbox, ClientDirectory directory, PriceLists lists, ClientLetters letters) {
        this.store = store;
        this.outbox = outbox;
        this.directory = directory;
        this.lists = lists;
        this.letters = letters;
    }

    /** Active clients with terms who take a list each import. */
    List<Client> due() throws Exception {
        return directory.list(new ClientQuery(ClientStatus.ACTIVE, null, null)).stream()
                .filter(c -> !c.isErased() && c.discountTypeId() != null
                        && c.options().priceLists() == PriceListFrequency.EACH_IMPORT).toList();
    }

    /** @return false when the list would be empty or the client has it in this campaign already */
    boolean queue(Client client, String key) throws Exception {
        if (outbox.queued(CAMPAIGN, key, client.id())) {
            return false; // a second chain for the import builds nothing
        }
        Optional<PriceListFile> built = lists.build(client.id(), null);
        if (built.isEmpty()) {
            return false;
        }
        Campaign campaign = store.inTransaction(c -> outbox.campaign(c, CAMPAIGN, key));
        Letter letter = letters.priceList(client, campaign, built.get());
        return store.inTransaction(c -> outbox.enqueue(c, campaign, client.id(), letter));
    }
}
