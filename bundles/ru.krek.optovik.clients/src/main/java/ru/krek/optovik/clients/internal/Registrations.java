package ru.krek.optovik.clients.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ru.krek.optovik.api.client.Access;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Confirmation;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.Registration;
import ru.krek.optovik.api.client.Registration.Outcome;
import ru.krek.optovik.api.store.Sql;

/** Self-registration with double opt-in, and the signed tokens of the links in letters. */
final class Registrations {

    private final Settings settings;
    private final Clock clock;
    private final Tokens tokens;
    private final Changes changes;

    Registrations(Settings settings, Clock clock, Tokens tokens, Changes changes) {
        this.settings = settings;
        this.clock = clock;
        this.tokens = tokens;
        this.changes = changes;
    }

    Registration register(Sql sql, GroupTree tree, ClientDetails form, Groups groups, ClientOptions options, Consent consent)
            throws SQLException, ClientException {
        ClientDetails details = changes.withDefaultManager(form);
        Map<String, String> problems = new LinkedHashMap<>(ClientValidation.problems(details));
        if (consent == null) {
            problems.put("consent", "нужно согласие на рассылку и обработку данных");
        }
        if (!problems.isEmpty()) {
            throw new InvalidClientException(problems);
        }
        Changes.checkGroups(tree, groups);
        ClientRows rows = new ClientRows(sql);
        Client known = rows.findByEmail(details.email());
        Instant now = clock.instant();
        if (known == null) {
            Client added = changes.add(sql, tree, new NewClient(details, ClientStatus.PENDING, groups, options, null, consent), "registered");
            return issue(sql, added, Outcome.NEW, now);
        }
        History history = new History(sql);
        switch (known.status()) {
            case BLOCKED -> {
                history.add(known.id(), now, "registration-refused", "blocked");
                return new Registration(known.id(), Outcome.REFUSED, Optional.empty(), null, known.details().manager(), false);
            }
            case ACTIVE, PAUSED -> {
                history.add(known.id(), now, "registered-again", known.status().word());
                return new Registration(known.id(), Outcome.ALREADY_ACTIVE, Optional.empty(), null, known.details().manager(), false);
            }
            case PENDING -> {
                // still unconfirmed: the newest form wins, the letter goes to the same address
                rows.updateDetails(known.id(), details);
                rows.writeGroups(known.id(), groups);
                rows.updateOptions(known.id(), options);
            }
            case UNSUBSCRIBED -> {
                // coming back: the directory's record stays as it was; only the new consent is taken
                sql.update("update client set status = ? where id = ?", ClientStatus.PENDING.name(), known.id());
            }
        }
        sql.update("update client set consent_version = ?, consent_at = ?, consent_address = ? where id = ?",
                consent.textVersion(), consent.agreed(), consent.address(), known.id());
        history.add(known.id(), now, "registered-again", known.status().word());
        return issue(sql, rows.find(known.id()), Outcome.PENDING_AGAIN, now);
    }

    private Registration issue(Sql sql, Client client, Outcome outcome, Instant now) throws SQLException {
        String token = tokens.random();
        Instant expires = now.plus(settings.confirmationLifetime());
        sql.update("insert into client_token (token_hash, client_id, created, expires) values (?, ?, ?, ?)",
                Tokens.hash(token), client.id(), now, expires);
        return new Registration(client.id(), outcome, Optional.of(token), expires, client.details().manager(),
                settings.approvalRequired());
    }

    Confirmation confirm(Sql sql, String token) throws SQLException, ClientException {
        if (token == null || token.isBlank() || token.length() > 200) {
            return new Confirmation(Confirmation.Outcome.UNKNOWN, Optional.empty());
        }
        String hash = Tokens.hash(token.strip());
        Object[] row = sql.first("select client_id, expires, used from client_token where token_hash = ?",
                rs -> new Object[] {rs.getLong(1), Sql.instant(rs, "expires"), Sql.instant(rs, "used")}, hash);
        if (row == null) {
            return new Confirmation(Confirmation.Outcome.UNKNOWN, Optional.empty());
        }
        ClientRows rows = new ClientRows(sql);
        Client client = rows.find((Long) row[0]);
        Instant now = clock.instant();
        Confirmation.Outcome refusal = client.isErased() || client.status() == ClientStatus.BLOCKED ? Confirmation.Outcome.REFUSED
                : row[2] != null ? Confirmation.Outcome.ALREADY_USED
                : now.isAfter((Instant) row[1]) ? Confirmation.Outcome.EXPIRED
                : client.status() == ClientStatus.UNSUBSCRIBED ? Confirmation.Outcome.UNSUBSCRIBED : null;
        if (refusal != null) {
            return new Confirmation(refusal, Optional.of(client));
        }
        sql.update("update client_token set used = ? where token_hash = ?", now, hash);
        if (client.status() != ClientStatus.PENDING) {
            // confirmed through another of its tokens already
            return new Confirmation(Confirmation.Outcome.CONFIRMED, Optional.of(client));
        }
        boolean approval = settings.approvalRequired();
        sql.update("update client set confirmed = ?, status = ? where id = ?", now,
                (approval ? ClientStatus.PENDING : ClientStatus.ACTIVE).name(), client.id());
        new History(sql).add(client.id(), now, "confirmed", approval ? "awaiting approval" : "active");
        return new Confirmation(approval ? Confirmation.Outcome.AWAITING_APPROVAL : Confirmation.Outcome.CONFIRMED,
                Optional.of(rows.find(client.id())));
    }

    String accessToken(Sql sql, long id) throws SQLException, ClientException {
        Client client = changes.existing(sql, id);
        return Tokens.sign(tokens.secret(sql, Tokens.SIGNING, clock.instant()), id, ClientRows.emailKey(client.details().email()));
    }

    Access access(Sql sql, String token) throws SQLException {
        byte[] secret = tokens.secret(sql, Tokens.SIGNING, clock.instant());
        long id = Tokens.verify(secret, token, clientId -> sql.first("select email_key from client where id = ?",
                rs -> rs.getString(1), clientId));
        if (id < 0) {
            return new Access(Access.Outcome.INVALID, Optional.empty());
        }
        Client client = new ClientRows(sql).find(id);
        return new Access(client.status() == ClientStatus.BLOCKED ? Access.Outcome.BLOCKED : Access.Outcome.GRANTED,
                Optional.of(client));
    }
}
