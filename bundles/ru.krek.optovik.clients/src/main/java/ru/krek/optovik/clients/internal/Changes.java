package ru.krek.optovik.clients.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.store.Sql;

/** Every change to a client inside the caller's transaction: checked, applied, recorded in the history. */
final class Changes {

    private final Settings settings;
    private final Clock clock;

    Changes(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @FunctionalInterface
    interface Step {
        void apply(Client before) throws SQLException, ClientException;
    }

    @FunctionalInterface
    interface NextStatus {
        ClientStatus of(Client before) throws ClientException;
    }

    /** The client, not erased, or a refusal naming the id. */
    Client existing(Sql sql, long id) throws SQLException, ClientException {
        Client c = new ClientRows(sql).find(id);
        if (c == null) {
            throw new ClientException("no client " + id);
        }
        if (c.isErased()) {
            throw new ClientException("client " + id + " is erased");
        }
        return c;
    }

    Client add(Sql sql, GroupTree tree, NewClient client, String event) throws SQLException, ClientException {
        ClientDetails details = withDefaultManager(client.details());
        checkDetails(sql, details, null);
        checkGroups(tree, client.groups());
        Long discount = client.discountTypeId() != null ? client.discountTypeId() : defaultDiscount(sql);
        checkDiscount(sql, discount);
        Instant now = clock.instant();
        NewClient resolved = new NewClient(details, client.status(), client.groups(), client.options(), discount, client.consent());
        long id = new ClientRows(sql).insert(resolved, now, client.status() == ClientStatus.PENDING ? null : now);
        new History(sql).add(id, now, event, client.status().word());
        return new ClientRows(sql).find(id);
    }

    Client edit(Sql sql, long id, ClientDetails details) throws SQLException, ClientException {
        ClientDetails withManager = withDefaultManager(details);
        return change(sql, id, "edited", "", c -> {
            checkDetails(sql, withManager, id);
            new ClientRows(sql).updateDetails(id, withManager);
        });
    }

    Client setGroups(Sql sql, GroupTree tree, long id, Groups groups) throws SQLException, ClientException {
        return change(sql, id, "groups", groups.all() ? "all" : String.join(" ", groups.ids()), c -> {
            checkGroups(tree, groups);
            new ClientRows(sql).writeGroups(id, groups);
        });
    }

    Client setDiscount(Sql sql, long id, Long discountTypeId) throws SQLException, ClientException {
        return change(sql, id, "discount", discountTypeId == null ? "none" : String.valueOf(discountTypeId), c -> {
            checkDiscount(sql, discountTypeId);
            sql.update("update client set discount_type_id = ? where id = ?", discountTypeId, id);
        });
    }

    Client status(Sql sql, long id, String event, NextStatus next) throws SQLException, ClientException {
        return change(sql, id, event, "", c -> {
            ClientStatus status = next.of(c);
            sql.update("update client set status = ? where id = ?", status.name(), id);
        });
    }

    /** Applies a step to an existing client, records the event, and returns the client as it is now. */
    Client change(Sql sql, long id, String event, String detail, Step step) throws SQLException, ClientException {
        Client before = existing(sql, id);
        step.apply(before);
        new History(sql).add(id, clock.instant(), event, detail);
        return new ClientRows(sql).find(id);
    }

    ClientDetails withDefaultManager(ClientDetails details) {
        return details.manager() == null || details.manager().email().isEmpty() && details.manager().name().isEmpty()
                ? details.withManager(settings.manager()) : details;
    }

    /** Valid fields, and an e-mail no other client has. */
    void checkDetails(Sql sql, ClientDetails details, Long self) throws SQLException, ClientException {
        ClientValidation.check(details);
        Client holder = new ClientRows(sql).findByEmail(details.email());
        if (holder != null && (self == null || holder.id() != self)) {
            throw new InvalidClientException(Map.of("email", "этот адрес уже есть в справочнике (клиент " + holder.id() + ")"));
        }
    }

    static void checkGroups(GroupTree tree, Groups groups) throws ClientException {
        List<String> unknown = tree.unknown(groups.ids());
        if (!unknown.isEmpty()) {
            throw InvalidClientException.of("groups", "таких групп нет в каталоге: " + String.join(", ", unknown));
        }
    }

    private static void checkDiscount(Sql sql, Long discountTypeId) throws SQLException, ClientException {
        if (discountTypeId != null && sql.count("select count(*) from discount_type where id = ?", discountTypeId) == 0) {
            throw InvalidClientException.of("discount", "no discount type " + discountTypeId + " (see discount:list)");
        }
    }

    /** The configured default by name; none when unset or missing (a missing one is logged once per use). */
    Long defaultDiscount(Sql sql) throws SQLException {
        if (settings.defaultDiscount().isEmpty()) {
            return null;
        }
        Long id = sql.first("select id from discount_type where name_key = ?", rs -> rs.getLong(1),
                settings.defaultDiscount().toLowerCase(java.util.Locale.ROOT));
        if (id == null) {
            org.slf4j.LoggerFactory.getLogger(Changes.class).warn("{}: default.discount \"{}\" is not a discount type; "
                    + "the new client gets none", ClientsConfig.PID, settings.defaultDiscount());
        }
        return id;
    }
}
