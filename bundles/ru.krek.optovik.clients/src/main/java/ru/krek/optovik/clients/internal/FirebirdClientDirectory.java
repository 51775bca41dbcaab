package ru.krek.optovik.clients.internal;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.client.Access;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientEvent;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Confirmation;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.Registration;
import ru.krek.optovik.api.client.SubscribedGroup;
import ru.krek.optovik.api.store.Store;

/** The client directory in Optovik's Firebird database (db/003-clients.sql). */
@Component(service = ClientDirectory.class, configurationPid = ClientsConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ClientsConfig.class)
public final class FirebirdClientDirectory implements ClientDirectory {

    private final Transactions tx;
    private final Clock clock;
    private final Changes changes;
    private final Registrations registrations;
    private final CatalogView catalog;

    @Activate
    public FirebirdClientDirectory(@Reference Store store, @Reference CatalogStore catalog, ClientsConfig config) {
        this(store, catalog, Settings.of(config), Clock.systemUTC());
    }

    FirebirdClientDirectory(Store store, CatalogStore catalog, Settings settings, Clock clock) {
        this.tx = new Transactions(store);
        this.catalog = new CatalogView(catalog);
        this.clock = clock;
        this.changes = new Changes(settings, clock);
        this.registrations = new Registrations(settings, clock, new Tokens(new SecureRandom()), changes);
    }

    @Override
    public Client add(NewClient client) throws ClientException {
        GroupTree tree = catalog.tree();
        return tx.run(sql -> changes.add(sql, tree, client, "added"));
    }

    @Override
    public Client edit(long id, ClientDetails details) throws ClientException {
        return tx.run(sql -> changes.edit(sql, id, details));
    }

    @Override
    public Optional<Client> find(long id) throws ClientException {
        return tx.run(sql -> Optional.ofNullable(new ClientRows(sql).find(id)));
    }

    @Override
    public Optional<Client> findByEmail(String email) throws ClientException {
        return tx.run(sql -> Optional.ofNullable(new ClientRows(sql).findByEmail(email == null ? "" : email.strip())));
    }

    @Override
    public List<Client> list(ClientQuery query) throws ClientException {
        GroupTree tree = catalog.tree();
        return tx.run(sql -> new ClientRows(sql).list(query == null ? ClientQuery.all() : query, tree));
    }

    @Override
    public Client setGroups(long id, Groups groups) throws ClientException {
        GroupTree tree = catalog.tree();
        return tx.run(sql -> changes.setGroups(sql, tree, id, groups));
    }

    @Override
    public List<SubscribedGroup> groups(long id) throws ClientException {
        GroupTree tree = catalog.tree();
        Client c = tx.run(sql -> changes.existing(sql, id));
        return c.groups().ids().stream().map(tree::subscribed).toList();
    }

    @Override
    public Set<String> coveredGroups(long id) throws ClientException {
        GroupTree tree = catalog.tree();
        Client c = tx.run(sql -> changes.existing(sql, id));
        return tree.covered(c.groups().all(), c.groups().ids());
    }

    @Override
    public Client setOptions(long id, ClientOptions options) throws ClientException {
        return tx.run(sql -> changes.change(sql, id, "options", "", c -> new ClientRows(sql).updateOptions(id, options)));
    }

    @Override
    public Client setDiscount(long id, Long discountTypeId) throws ClientException {
        return tx.run(sql -> changes.setDiscount(sql, id, discountTypeId));
    }

    @Override
    public Client block(long id) throws ClientException {
        return tx.run(sql -> changes.status(sql, id, "blocked", c -> ClientStatus.BLOCKED));
    }

    @Override
    public Client unblock(long id) throws ClientException {
        return tx.run(sql -> changes.status(sql, id, "unblocked", c -> {
            require(c.status() == ClientStatus.BLOCKED, "client " + id + " is not blocked (" + c.status().word() + ")");
            return c.confirmed() != null ? ClientStatus.ACTIVE : ClientStatus.PENDING;
        }));
    }

    @Override
    public Client approve(long id) throws ClientException {
        return tx.run(sql -> changes.status(sql, id, "approved", c -> {
            require(c.status() == ClientStatus.PENDING && c.confirmed() != null, "client " + id
                    + " is not awaiting approval (" + c.status().word() + (c.confirmed() == null ? ", e-mail not confirmed" : "") + ")");
            return ClientStatus.ACTIVE;
        }));
    }

    @Override
    public Client pause(long id) throws ClientException {
        return tx.run(sql -> changes.status(sql, id, "paused", c -> {
            require(c.status() == ClientStatus.ACTIVE, "only an active client can pause (client " + id + " is " + c.status().word() + ")");
            return ClientStatus.PAUSED;
        }));
    }

    @Override
    public Client resume(long id) throws ClientException {
        return tx.run(sql -> changes.status(sql, id, "resumed", c -> {
            require(c.status() == ClientStatus.PAUSED, "client " + id + " is not paused (" + c.status().word() + ")");
            return ClientStatus.ACTIVE;
        }));
    }

    @Override
    public Client unsubscribe(long id) throws ClientException {
        return tx.run(sql -> changes.status(sql, id, "unsubscribed", c -> {
            require(c.status() != ClientStatus.BLOCKED, "client " + id + " is blocked");
            return ClientStatus.UNSUBSCRIBED;
        }));
    }

    @Override
    public Client erase(long id) throws ClientException {
        return tx.run(sql -> changes.change(sql, id, "erased", "", c -> new ClientRows(sql).erase(id, clock.instant())));
    }

    @Override
    public List<ClientEvent> history(long id) throws ClientException {
        return tx.run(sql -> {
            if (new ClientRows(sql).find(id) == null) {
                throw new ClientException("no client " + id);
            }
            return new History(sql).of(id);
        });
    }

    @Override
    public Registration register(ClientDetails details, Groups groups, ClientOptions options, Consent consent) throws ClientException {
        GroupTree tree = catalog.tree();
        return tx.run(sql -> registrations.register(sql, tree, details, groups, options, consent));
    }

    @Override
    public Confirmation confirm(String token) throws ClientException {
        return tx.run(sql -> registrations.confirm(sql, token));
    }

    @Override
    public String accessToken(long id) throws ClientException {
        return tx.run(sql -> registrations.accessToken(sql, id));
    }

    @Override
    public Access access(String token) throws ClientException {
        return tx.run(sql -> registrations.access(sql, token));
    }

    static void require(boolean condition, String problem) throws ClientException {
        if (!condition) {
            throw new ClientException(problem);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
