package ru.krek.optovik.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.mail.Attachment;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceLists;
import ru.krek.optovik.api.store.Store;

/** Queues a client's current price list (its first preferred format) as a letter of campaign ("pricelist", key). */
final class PriceListMailer {

    static final String CAMPAIGN = "pricelist";
    static final String TEMPLATE = "pricelist";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Store store;
    private final Outbox outbox;
    private final PriceLists lists;
    private final ClientLinks links;
    private final ClientLetter letters;
    private final Clock clock;
    private final Duration linkValid;

    PriceListMailer(Store store, Outbox outbox, PriceLists lists, ClientLinks links, ClientLetter letters, Clock clock,
            Duration linkValid) {
        this.store = store;
        this.outbox = outbox;
        this.lists = lists;
        this.links = links;
        this.letters = letters;
        this.clock = clock;
        this.linkValid = linkValid;
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
        PriceListFile file = built.get();
        Map<String, Object> model = ClientLetter.model(client, links.of(client.id(), linkValid, clock));
        model.put("date", clock.instant().atZone(ZoneId.systemDefault()).format(DATE));
        model.put("lines", file.lines());
        model.put("fileName", file.fileName());
        model.put("format", file.format().displayName());
        model.put("attached", true);
        Letter letter = letters.compose(client, TEMPLATE, model, CAMPAIGN + "." + key,
                Attachment.of(file.fileName(), file.format().mediaType(), file.path()));
        return store.inTransaction(c -> outbox.enqueue(c, outbox.campaign(c, CAMPAIGN, key), client.id(), letter));
    }
}
