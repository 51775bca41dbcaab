package ru.krek.optovik.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.store.Sql;

/** The client table (db/003-clients.sql) read into records and written from them. */
final class ClientRows {

    private static final String COLUMNS = "id, company, inn, kpp, contact, email, extra_emails, phone, city, manager_name, "
            + "manager_email, status, created, confirmed, erased, consent_version, consent_at, consent_address, all_groups, "
            + "discount_type_id, formats, in_stock_only, stock_view, pricelist_frequency, notify_frequency";

    private final Sql sql;

    ClientRows(Sql sql) {
        this.sql = sql;
    }

    static String emailKey(String email) {
        return email == null || email.isEmpty() ? null : email.toLowerCase(Locale.ROOT);
    }

    long insert(NewClient c, Instant now, Instant confirmed) throws SQLException {
        ClientDetails d = c.details();
        ClientOptions o = c.options();
        Consent consent = c.consent();
        long id = sql.insert("insert into client (company, inn, kpp, contact, email, email_key, extra_emails, phone, city, "
                + "manager_name, manager_email, status, created, confirmed, consent_version, consent_at, consent_address, "
                + "all_groups, discount_type_id, formats, in_stock_only, stock_view, pricelist_frequency, notify_frequency) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                d.company(), d.inn(), d.kpp(), d.contact(), d.email(), emailKey(d.email()), String.join(" ", d.extraEmails()),
                d.phone(), d.city(), d.manager().name(), d.manager().email(), c.status().name(), now, confirmed,
                consent == null ? null : consent.textVersion(), consent == null ? null : consent.agreed(),
                consent == null ? null : consent.address(), c.groups().all(), c.discountTypeId(),
                String.join(" ", o.formats()), o.inStockOnly(), o.stock().name(), o.priceLists().name(), o.notifications().name());
        writeGroups(id, c.groups());
        return id;
    }

    void updateDetails(long id, ClientDetails d) throws SQLException {
        sql.update("update client set company = ?, inn = ?, kpp = ?, contact = ?, email = ?, email_key = ?, extra_emails = ?, "
                + "phone = ?, city = ?, manager_name = ?, manager_email = ? where id = ?", d.company(), d.inn(), d.kpp(),
                d.contact(), d.email(), emailKey(d.email()), String.join(" ", d.extraEmails()), d.phone(), d.city(),
                d.manager().name(), d.manager().email(), id);
    }

    void updateOptions(long id, ClientOptions o) throws SQLException {
        sql.update("update client set formats = ?, in_stock_only = ?, stock_view = ?, pricelist_frequency = ?, "
                + "notify_frequency = ? where id = ?", String.join(" ", o.formats()), o.inStockOnly(), o.stock().name(),
                o.priceLists().name(), o.notifications().name(), id);
    }

    void writeGroups(long id, Groups groups) throws SQLException {
        sql.update("update client set all_groups = ? where id = ?", groups.all(), id);
        sql.update("delete from client_group where client_id = ?", id);
        for (int i = 0; i < groups.ids().size(); i++) {
            sql.update("insert into client_group (client_id, group_id, sort_order) values (?, ?, ?)", id, groups.ids().get(i), i);
        }
    }

    /** Personal data blanked; the row, its status, times, terms and history stay. */
    void erase(long id, Instant now) throws SQLException {
        sql.update("update client set company = null, inn = null, kpp = null, contact = null, email = null, email_key = null, "
                + "extra_emails = null, phone = null, city = null, manager_name = null, manager_email = null, "
                + "consent_address = null, erased = ? where id = ?", now, id);
        sql.update("delete from client_token where client_id = ?", id);
    }

    Client find(long id) throws SQLException {
        List<Client> found = select(" where id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    Client findByEmail(String email) throws SQLException {
        List<Client> found = select(" where email_key = ?", emailKey(email));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Filters as parameters; a group is received through itself or any group above it. */
    List<Client> list(ClientQuery q, GroupTree tree) throws SQLException {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (q.status() != null) {
            where.append(" and status = ?");
            parameters.add(q.status().name());
        }
        if (q.groupId() != null && !q.groupId().isBlank()) {
            List<String> covering = tree.withAncestors(q.groupId().strip());
            where.append(" and (all_groups or exists (select 1 from client_group cg where cg.client_id = client.id "
                    + "and cg.group_id in (" + String.join(", ", java.util.Collections.nCopies(covering.size(), "?")) + ")))");
            parameters.addAll(covering);
        }
        if (q.text() != null && !q.text().isBlank()) {
            // the cast: Firebird types a bare ? after its column, and text longer than the INN would not fit
            where.append(" and (lower(company) containing cast(? as varchar(400)) or inn containing cast(? as varchar(400))"
                    + " or email_key containing cast(? as varchar(400)) or lower(contact) containing cast(? as varchar(400))"
                    + " or lower(city) containing cast(? as varchar(400)))");
            String t = q.text().strip().toLowerCase(Locale.ROOT);
            parameters.addAll(List.of(t, t, t, t, t));
        }
        return select(where.append(" order by id").toString(), parameters.toArray());
    }

    private List<Client> select(String where, Object... parameters) throws SQLException {
        List<Client> clients = sql.list("select " + COLUMNS + " from client" + where, rs -> read(rs, null), parameters);
        if (clients.isEmpty()) {
            return clients;
        }
        Map<Long, List<String>> groups = groupsOf(clients.size() == 1 ? clients.get(0).id() : null);
        List<Client> withGroups = new ArrayList<>(clients.size());
        for (Client c : clients) {
            Groups g = c.groups().all() ? Groups.everything() : Groups.of(groups.getOrDefault(c.id(), List.of()));
            withGroups.add(new Client(c.id(), c.details(), c.status(), c.created(), c.confirmed(), c.consent(), g,
                    c.discountTypeId(), c.options(), c.erased()));
        }
        return withGroups;
    }

    /** Group ids per client, in subscription order: one client's, or everyone's. */
    private Map<Long, List<String>> groupsOf(Long clientId) throws SQLException {
        Map<Long, List<String>> groups = new HashMap<>();
        String q = "select client_id, group_id from client_group" + (clientId == null ? "" : " where client_id = ?")
                + " order by client_id, sort_order";
        Sql.Row<Void> row = rs -> {
            groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            return null;
        };
        if (clientId == null) {
            sql.list(q, row);
        } else {
            sql.list(q, row, clientId);
        }
        return groups;
    }

    private static Client read(ResultSet rs, Groups groups) throws SQLException {
        ClientDetails details = new ClientDetails(rs.getString("company"), rs.getString("inn"), rs.getString("kpp"),
                rs.getString("contact"), rs.getString("email"), words(rs.getString("extra_emails")), rs.getString("phone"),
                rs.getString("city"), new Manager(rs.getString("manager_name"), rs.getString("manager_email")));
        String version = rs.getString("consent_version");
        Consent consent = version == null ? null : new Consent(version, Sql.instant(rs, "consent_at"), rs.getString("consent_address"));
        ClientOptions options = new ClientOptions(words(rs.getString("formats")), rs.getBoolean("in_stock_only"),
                StockView.valueOf(rs.getString("stock_view").trim()), PriceListFrequency.valueOf(rs.getString("pricelist_frequency").trim()),
                NotifyFrequency.valueOf(rs.getString("notify_frequency").trim()));
        long discount = rs.getLong("discount_type_id");
        Long discountId = rs.wasNull() ? null : discount;
        return new Client(rs.getLong("id"), details, ClientStatus.valueOf(rs.getString("status").trim()),
                Sql.instant(rs, "created"), Sql.instant(rs, "confirmed"), consent,
                groups != null ? groups : new Groups(rs.getBoolean("all_groups"), List.of()), discountId,
                options, Sql.instant(rs, "erased"));
    }

    private static List<String> words(String spaced) {
        return spaced == null || spaced.isBlank() ? List.of() : Arrays.asList(spaced.strip().split("\\s+"));
    }
}
