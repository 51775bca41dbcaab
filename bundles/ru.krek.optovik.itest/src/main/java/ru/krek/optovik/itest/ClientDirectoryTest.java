package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.client.Access;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Confirmation;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.Registration;

/** The client directory against a real Firebird: registration, confirmation, signed links, erasure, filters. */
class ClientDirectoryTest {

    static final Consent CONSENT = new Consent("2025-06-01", Instant.now(), "203.0.113.7");

    @Test
    void registrationConfirmsOnceAndSaysWhyOtherwise() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("clients-register", 1);
        Registration r = f.directory.register(ClientFixture.details("ООО «Альфа»", "7707083893", "alfa@example.ru"),
                Groups.everything(), ClientOptions.defaults(), CONSENT);
        assertEquals(Registration.Outcome.NEW, r.outcome());
        String token = r.token().orElseThrow();
        assertEquals(ClientStatus.PENDING, f.directory.find(r.clientId()).orElseThrow().status());
        assertEquals(List.of(), ClientFixture.column("select token_hash from client_token where token_hash = ?", token),
                "only the token's hash is stored");

        Confirmation first = f.directory.confirm(token);
        assertEquals(Confirmation.Outcome.CONFIRMED, first.outcome());
        Client active = first.client().orElseThrow();
        assertEquals(ClientStatus.ACTIVE, active.status());
        assertTrue(active.confirmed() != null && active.consent().address().equals("203.0.113.7"));
        assertEquals(Confirmation.Outcome.ALREADY_USED, f.directory.confirm(token).outcome());
        assertEquals(Confirmation.Outcome.UNKNOWN, f.directory.confirm("no-such-token").outcome());
        assertEquals(Confirmation.Outcome.UNKNOWN, f.directory.confirm("").outcome());

        // the same e-mail again, in capitals: no second client, and nothing changes for an active one
        Registration again = f.directory.register(ClientFixture.details("ООО «Альфа-2»", "7707083893", "ALFA@example.ru"),
                Groups.everything(), ClientOptions.defaults(), CONSENT);
        assertEquals(Registration.Outcome.ALREADY_ACTIVE, again.outcome());
        assertEquals(r.clientId(), again.clientId());
        assertTrue(again.token().isEmpty());
        assertEquals(List.of("1"), ClientFixture.column("select count(*) from client where email_key = 'alfa@example.ru'"));
        assertEquals("ООО «Альфа»", f.directory.find(r.clientId()).orElseThrow().details().company());
    }

    @Test
    void expiredReusedAndAfterUnsubscribeTokensGetTheirOwnOutcome() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("clients-tokens", 1);
        Registration pending = register(f, "beta@example.ru");
        Registration second = f.directory.register(ClientFixture.details("ООО «Бета»", "7736207543", "beta@example.ru"),
                Groups.everything(), ClientOptions.defaults(), CONSENT);
        assertEquals(Registration.Outcome.PENDING_AGAIN, second.outcome());
        assertEquals(pending.clientId(), second.clientId());

        // the first token's time runs out (moved into the past: the clock cannot wait 48 hours)
        ClientFixture.update("update client_token set expires = ? where client_id = ?",
                LocalDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC), pending.clientId());
        assertEquals(Confirmation.Outcome.EXPIRED, f.directory.confirm(pending.token().orElseThrow()).outcome());
        assertEquals(ClientStatus.PENDING, f.directory.find(pending.clientId()).orElseThrow().status());

        Registration gamma = register(f, "gamma@example.ru");
        f.directory.unsubscribe(gamma.clientId());
        assertEquals(Confirmation.Outcome.UNSUBSCRIBED, f.directory.confirm(gamma.token().orElseThrow()).outcome());
        assertEquals(ClientStatus.UNSUBSCRIBED, f.directory.find(gamma.clientId()).orElseThrow().status());

        // coming back after unsubscribing: a fresh token works
        Registration back = register(f, "gamma@example.ru");
        assertEquals(Registration.Outcome.PENDING_AGAIN, back.outcome());
        assertEquals(Confirmation.Outcome.CONFIRMED, f.directory.confirm(back.token().orElseThrow()).outcome());

        Registration delta = register(f, "delta@example.ru");
        f.directory.block(delta.clientId());
        assertEquals(Confirmation.Outcome.REFUSED, f.directory.confirm(delta.token().orElseThrow()).outcome());
        assertEquals(Registration.Outcome.REFUSED, register(f, "delta@example.ru").outcome());
    }

    @Test
    void badRegistrationsStoreNothing() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("clients-bad", 1);
        InvalidClientException e = assertThrows(InvalidClientException.class, () -> f.directory.register(
                new ClientDetails("ИП Иванов", "500100732259", "773601001", "", "ivanov@example.ru", List.of(), "", "", null),
                Groups.everything(), ClientOptions.defaults(), CONSENT));
        assertEquals(List.of("kpp"), List.copyOf(e.problems().keySet()));
        assertTrue(assertThrows(InvalidClientException.class, () -> f.directory.register(
                ClientFixture.details("A", "7707083893", "a@example.ru"), Groups.everything(), ClientOptions.defaults(), null))
                .problems().containsKey("consent"));
        assertTrue(assertThrows(InvalidClientException.class, () -> f.directory.register(
                ClientFixture.details("A", "7707083893", "a@example.ru"), Groups.of(List.of("no-such-group")),
                ClientOptions.defaults(), CONSENT)).problems().containsKey("groups"));
        assertEquals(List.of("0"), ClientFixture.column("select count(*) from client"));
        assertEquals(List.of("0"), ClientFixture.column("select count(*) from client_token"));
    }

    @Test
    void signedLinksAreRefusedWhenTamperedBlockedOrErased() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("clients-links", 1);
        Client c = f.directory.add(NewClient.of(ClientFixture.details("ООО «Вега»", "7736050003", "vega@example.ru")));
        String token = f.directory.accessToken(c.id());
        assertEquals(Access.Outcome.GRANTED, f.directory.access(token).outcome());
        assertEquals(c.id(), f.directory.access(token).client().orElseThrow().id());
        assertEquals(Access.Outcome.INVALID, f.directory.access(token.substring(0, token.length() - 2) + "xx").outcome());
        assertEquals(Access.Outcome.INVALID, f.directory.access((c.id() + 1) + token.substring(token.indexOf('.'))).outcome());
        assertEquals(Access.Outcome.INVALID, f.directory.access("garbage").outcome());
        f.directory.block(c.id());
        assertEquals(Access.Outcome.BLOCKED, f.directory.access(token).outcome());
        f.directory.unblock(c.id());
        f.directory.erase(c.id());
        assertEquals(Access.Outcome.INVALID, f.directory.access(token).outcome());
    }

    @Test
    void eraseRemovesPersonalDataAndKeepsAnonymousHistory() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("clients-erase", 1);
        Registration r = register(f, "erase.me@example.ru");
        f.directory.confirm(r.token().orElseThrow());
        f.directory.block(r.clientId());
        Client erased = f.directory.erase(r.clientId());

        assertTrue(erased.isErased());
        ClientDetails d = erased.details();
        for (String personal : List.of(d.company(), d.inn(), d.kpp(), d.contact(), d.email(), d.phone(), d.city(),
                d.manager().email(), erased.consent().address())) {
            assertEquals("", personal);
        }
        assertEquals(ClientStatus.BLOCKED, erased.status(), "the status stays for the record");
        assertEquals("2025-06-01", erased.consent().textVersion(), "what was agreed, and when, stays");
        List<String> kinds = f.directory.history(r.clientId()).stream().map(e -> e.kind()).toList();
        assertEquals(List.of("registered", "confirmed", "blocked", "erased"), kinds);
        assertTrue(ClientFixture.column("select detail from client_event where client_id = ?", r.clientId()).stream()
                .noneMatch(detail -> detail.contains("erase.me") || detail.contains("7707083893")));
        assertEquals(List.of("0"), ClientFixture.column("select count(*) from client_token where client_id = ?", r.clientId()));
        assertThrows(ClientException.class, () -> f.directory.edit(r.clientId(), ClientFixture.details("X", "7707083893", "x@example.ru")));

        // the address is free for a new client
        Client fresh = f.directory.add(NewClient.of(ClientFixture.details("ООО «Новая»", "7707083893", "erase.me@example.ru")));
        assertNotEquals(r.clientId(), fresh.id());
    }

    @Test
    void addEditAndListFilters() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("clients-list", 1);
        String[] tree = ClientFixture.parentAndChild();
        Client a = f.directory.add(new NewClient(ClientFixture.details("ООО «Альфа»", "7707083893", "a@example.ru"),
                ClientStatus.ACTIVE, Groups.of(List.of(tree[0])), null, null, null));
        Client b = f.directory.add(new NewClient(ClientFixture.details("ООО «Бета»", "7736207543", "b@example.ru"),
                ClientStatus.PAUSED, Groups.of(List.of(tree[1])), null, null, null));
        Client c = f.directory.add(new NewClient(ClientFixture.details("ИП Сидоров", "500100732259", "c@example.ru"),
                ClientStatus.ACTIVE, Groups.of(List.of()), null, null, null));
        Client all = f.directory.add(NewClient.of(ClientFixture.details("ООО «Вега»", "7736050003", "d@example.ru")));

        assertEquals(List.of(a.id(), c.id(), all.id()), ids(f, new ClientQuery(ClientStatus.ACTIVE, null, null)));
        assertEquals(List.of(a.id(), b.id(), all.id()), ids(f, new ClientQuery(null, tree[1], null)), "the child comes with its parent");
        assertEquals(List.of(a.id(), all.id()), ids(f, new ClientQuery(null, tree[0], null)));
        assertEquals(List.of(b.id()), ids(f, new ClientQuery(null, null, "бета")));
        assertEquals(List.of(c.id()), ids(f, new ClientQuery(null, null, "500100")));
        assertTrue(f.directory.coveredGroups(a.id()).containsAll(List.of(tree[0], tree[1])));

        assertThrows(InvalidClientException.class, () -> f.directory.add(NewClient.of(
                ClientFixture.details("Дубль", "7707083893", "A@EXAMPLE.RU"))), "an e-mail is one client's");
        Client edited = f.directory.edit(b.id(), new ClientDetails("ООО «Бета+»", "7736207543", "773601001", "Пётр",
                "b2@example.ru", List.of("buh@example.ru"), "", "Тула", null));
        assertEquals("b2@example.ru", edited.details().email());
        assertEquals(List.of("buh@example.ru"), edited.details().extraEmails());
        InvalidClientException taken = assertThrows(InvalidClientException.class,
                () -> f.directory.edit(b.id(), ClientFixture.details("ООО «Бета»", "7736207543", "c@example.ru")));
        assertTrue(taken.problems().containsKey("email"));
        assertEquals("b2@example.ru", f.directory.find(b.id()).orElseThrow().details().email(), "nothing changed");
        assertFalse(f.directory.findByEmail("B2@example.ru").isEmpty());
    }

    private static Registration register(ClientFixture f, String email) throws ClientException {
        return f.directory.register(ClientFixture.details("ООО «Тест»", "7702070139", email), Groups.everything(),
                ClientOptions.defaults(), CONSENT);
    }

    private static List<Long> ids(ClientFixture f, ClientQuery q) throws ClientException {
        return f.directory.list(q).stream().map(Client::id).toList();
    }
}
