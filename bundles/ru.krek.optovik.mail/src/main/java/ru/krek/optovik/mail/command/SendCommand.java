package ru.krek.optovik.mail.command;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.mail.Campaign;
import ru.krek.optovik.api.mail.ClientLetters;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.LetterTemplateException;
import ru.krek.optovik.api.mail.Outbox;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceLists;
import ru.krek.optovik.api.shell.Table;
import ru.krek.optovik.api.store.Store;

/** mail:send — queues one price-list letter to every active client that is due. */
@Component(service = SendCommand.class, property = { "osgi.command.scope=mail", "osgi.command.function=send" })
public final class SendCommand {

    static final String USAGE = "usage: mail:send [--clients 'ID ID …'] [--dry-run] [--force]";

    private final ClientDirectory directory;
    private final Outbox outbox;
    private final Store store;
    private final ClientLetters letters;

    /** Built by another bundle; without it nothing can be sent, and the command says so. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile PriceLists priceLists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile CatalogStore catalog;

    @Activate
    public SendCommand(@Reference ClientDirectory directory, @Reference Outbox outbox, @Reference Store store,
            @Reference ClientLetters letters) {
        this.directory = directory;
        this.outbox = outbox;
        this.store = store;
        this.letters = letters;
    }

    @Descriptor("queues the price-list letter (template pricelist) to every active client due in this period: each import, day, "
            + "ISO week or month by the client's frequency; a client gets one letter per period, so a second run queues "
            + "nothing and says so; prints one row per client; " + USAGE)
    public String send(
            @Descriptor("only these client ids, separated by spaces or commas") @Parameter(names = "--clients", absentValue = "") String clients,
            @Descriptor("build and show, queue nothing") @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("a new campaign even when the period's letters were queued") @Parameter(names = "--force", presentValue = "true", absentValue = "false") boolean force)
            throws ClientException, SQLException {
        PriceLists lists = priceLists;
        if (lists == null) {
            throw new IllegalStateException("price lists are unavailable: no PriceLists service is running (bundle ru.krek.optovik.pricing)");
        }
        Set<Long> only = ids(clients);
        List<Client> due = new ArrayList<>();
        for (Client c : directory.list(new ClientQuery(ClientStatus.ACTIVE, null, null))) {
            if (only.isEmpty() || only.contains(c.id())) {
                due.add(c);
            }
        }
        for (long id : only) {
            if (due.stream().noneMatch(c -> c.id() == id)) {
                throw new IllegalArgumentException("client " + id + " is not an active client (see client:list --status active)");
            }
        }
        Long lastImport = lastImport();
        LocalDateTime now = LocalDateTime.now();
        Table table = new Table("client", "email", "campaign", "letter");
        int queued = 0;
        int already = 0;
        int problems = 0;
        for (Client client : due) {
            String key = CampaignKeys.key(client.options().priceLists(), now.toLocalDate(), lastImport);
            key = force ? CampaignKeys.forced(key, now) : key;
            String outcome;
            try {
                // A client served in this campaign already costs no price-list build.
                boolean served = outbox.queued(CampaignKeys.PRICELIST, key, client.id());
                Optional<PriceListFile> file = served ? Optional.empty() : lists.build(client.id(), null);
                if (served) {
                    outcome = "already queued in this campaign";
                    already++;
                } else if (file.isEmpty()) {
                    outcome = "no list (no lines for this client)";
                } else if (dryRun) {
                    outcome = "would queue " + file.get().fileName() + " (" + file.get().lines() + " lines)";
                } else if (queue(client, key, file.get())) {
                    outcome = "queued " + file.get().fileName() + " (" + file.get().lines() + " lines)";
                    queued++;
                } else {
                    outcome = "already queued in this campaign";
                    already++;
                }
            } catch (PriceListException | LetterTemplateException | IOException | ClientException | RuntimeException e) {
                outcome = "not queued: " + e.getMessage();
                problems++;
            }
            table.row(String.valueOf(client.id()), client.details().email(), CampaignKeys.PRICELIST + " " + key, outcome);
        }
        StringBuilder out = new StringBuilder(table.toString()).append('\n');
        if (dryRun) {
            return out.append("dry run: nothing queued").toString();
        }
        if (queued == 0 && already > 0) {
            out.append("nothing queued: every due client already has this period's letter (--force makes a new campaign)\n");
        }
        return out.append("queued: ").append(queued).append("\nalready: ").append(already).append("\nproblems: ").append(problems).toString();
    }

    /** The campaign, the letter and the decision in one transaction: never queued twice, never half. */
    private boolean queue(Client client, String key, PriceListFile file)
            throws SQLException, IOException, LetterTemplateException, ClientException, PriceListException {
        try {
            return store.inTransaction(sql -> {
                Campaign campaign = outbox.campaign(sql, CampaignKeys.PRICELIST, key);
                Letter letter;
                try {
                    letter = letters.priceList(client, campaign, file);
                } catch (ClientException | LetterTemplateException | IOException | PriceListException e) {
                    throw new SQLException(e.getMessage(), e);
                }
                return outbox.enqueue(sql, campaign, client.id(), letter);
            });
        } catch (SQLException e) {
            if (e.getCause() instanceof LetterTemplateException t) {
                throw t;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ClientException c) {
                throw c;
            }
            if (e.getCause() instanceof PriceListException p) {
                throw p;
            }
            throw e;
        }
    }

    private Long lastImport() {
        CatalogStore store = catalog;
        try {
            return store == null ? null : store.runs(1).stream().findFirst().map(ImportRun::id).orElse(null);
        } catch (CatalogImportException e) {
            return null;
        }
    }

    private static Set<Long> ids(String clients) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String word : clients.split("[\\s,]+")) {
            if (!word.isBlank()) {
                try {
                    ids.add(Long.parseLong(word));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a client id: " + word + "; " + USAGE);
                }
            }
        }
        return ids;
    }
}
