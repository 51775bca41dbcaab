package ru.krek.optovik.api.client;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * KREK's wholesale clients. Every change is one transaction and names what was refused: an
 * {@link InvalidClientException} per bad field, a {@link ClientException} for an unknown client or an
 * unreachable database; nothing is half-written.
 */
@ProviderType
public interface ClientDirectory {

    /**
     * A client a manager adds or a list brings in, confirmed at once; the default discount type and the
     * default manager where none is given.
     *
     * @throws InvalidClientException a bad field, or the e-mail already belongs to a client (field "email")
     */
    Client add(NewClient client) throws ClientException;

    /** Replaces the details (the e-mail too, if free). */
    Client edit(long id, ClientDetails details) throws ClientException;

    Optional<Client> find(long id) throws ClientException;

    /** The client whose e-mail (main address, case ignored) this is. */
    Optional<Client> findByEmail(String email) throws ClientException;

    /** Clients matching every filter given, by id. */
    List<Client> list(ClientQuery query) throws ClientException;

    /**
     * Sets the groups a client takes.
     *
     * @throws InvalidClientException a group the catalog does not hold (field "groups")
     */
    Client setGroups(long id, Groups groups) throws ClientException;

    /** The client's groups as the catalog knows them now, gone ones marked; empty when the client takes all. */
    List<SubscribedGroup> groups(long id) throws ClientException;

    /** Every group the client receives: its nodes and all their subgroups (every group for "all"), gone ones left out. */
    Set<String> coveredGroups(long id) throws ClientException;

    Client setOptions(long id, ClientOptions options) throws ClientException;

    /** Assigns a discount type (by id); null removes it. */
    Client setDiscount(long id, Long discountTypeId) throws ClientException;

    Client block(long id) throws ClientException;

    /** Back to active when confirmed before (or added by a manager), else pending. */
    Client unblock(long id) throws ClientException;

    /** A manager approves a confirmed client when approval is required. */
    Client approve(long id) throws ClientException;

    /** The client stops deliveries for a while (from their preferences). */
    Client pause(long id) throws ClientException;

    Client resume(long id) throws ClientException;

    /** The client wants no more letters; tokens sent earlier no longer confirm. */
    Client unsubscribe(long id) throws ClientException;

    /**
     * Removes the client's personal data (company, INN, KPP, contact, addresses, phone, city, consent address)
     * and keeps the anonymous rest: id, status, times, groups, discount, options and history. The e-mail is
     * free again; signed links stop working.
     */
    Client erase(long id) throws ClientException;

    /** The client's history, oldest first. */
    List<ClientEvent> history(long id) throws ClientException;

    /**
     * Self-registration from the web form: a pending client with its consent and a single-use, expiring
     * confirmation token. A known e-mail creates no second client (see {@link Registration.Outcome}).
     *
     * @throws InvalidClientException a bad field; nothing stored
     */
    Registration register(ClientDetails details, Groups groups, ClientOptions options, Consent consent) throws ClientException;

    /** Uses a confirmation token; a token works once and only until it expires. */
    Confirmation confirm(String token) throws ClientException;

    /** A signed token for the client's links in letters (preferences, unsubscribe); it does not expire. */
    String accessToken(long id) throws ClientException;

    /** Checks a signed token from a link. */
    Access access(String token) throws ClientException;
}
