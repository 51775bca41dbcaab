package ru.krek.optovik.clients.command;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.SubscribedGroup;
import ru.krek.optovik.api.shell.Table;

/** client:list, show, add, edit, groups, discount, block, unblock, approve, erase — the managers' directory. */
@Component(service = ClientCommands.class, property = {
        "osgi.command.scope=client",
        "osgi.command.function=list", "osgi.command.function=show", "osgi.command.function=add",
        "osgi.command.function=edit", "osgi.command.function=groups", "osgi.command.function=discount",
        "osgi.command.function=block", "osgi.command.function=unblock", "osgi.command.function=approve",
        "osgi.command.function=erase" })
public final class ClientCommands {

    /** An option not given to client:edit: the field keeps its value (an empty value clears it). */
    static final String KEEP = "<keep>";

    private final ClientDirectory directory;
    private final DiscountTypes discounts;

    @Activate
    public ClientCommands(@Reference ClientDirectory directory, @Reference DiscountTypes discounts) {
        this.directory = directory;
        this.discounts = discounts;
    }

    @Descriptor("lists clients as a table (id, company, e-mail, status, discount type, groups); "
            + "usage: client:list [--status WORD] [--group GROUP-ID] [--text TEXT] [--gone]")
    public String list(
            @Descriptor("only clients subscribed to a group the catalog no longer has (for a manager to act on)")
            @Parameter(names = "--gone", presentValue = "true", absentValue = "false") boolean gone,
            @Descriptor("only this status: pending, active, paused, unsubscribed, blocked") @Parameter(names = "--status", absentValue = "") String status,
            @Descriptor("only clients receiving this 1C group (directly, through a group above it, or all)") @Parameter(names = "--group", absentValue = "") String group,
            @Descriptor("only clients whose company, INN, e-mail, contact or city contains this") @Parameter(names = "--text", absentValue = "") String text)
            throws ClientException {
        ClientStatus wanted = status.isBlank() ? null : ClientStatus.of(status);
        Map<Long, DiscountType> types = discounts.list().stream().collect(Collectors.toMap(DiscountType::id, Function.identity()));
        Table table = new Table("id", "company", "email", "status", "discount", "groups");
        for (Client c : directory.list(new ClientQuery(wanted, blankToNull(group), blankToNull(text)))) {
            List<SubscribedGroup> groups = c.groups().all() ? List.of() : directory.groups(c.id());
            if (gone && groups.stream().noneMatch(SubscribedGroup::gone)) {
                continue;
            }
            table.row(String.valueOf(c.id()), dash(c.details().company()), dash(c.details().email()), c.status().word(),
                    ClientText.discount(c.discountTypeId(), types), ClientText.groups(c, groups));
        }
        return table.toString();
    }

    @Descriptor("shows one client as key: value lines, with its groups (gone ones marked) and history; usage: client:show <id>")
    public String show(@Descriptor("the client's id (see client:list)") long id) throws ClientException {
        Client c = known(id);
        String discount = c.discountTypeId() == null ? "" : discounts.find(c.discountTypeId()).map(DiscountType::name).orElse("#" + c.discountTypeId());
        return ClientText.show(c, directory.groups(id), discount, directory.history(id));
    }

    @Descriptor("adds an active client; usage: client:add --company NAME --inn INN --email ADDRESS [--kpp KPP] [--contact NAME] "
            + "[--extra-emails 'a@x b@y'] [--phone P] [--city C] [--manager NAME] [--manager-email ADDRESS] [--discount NAME] "
            + "[--groups all|'ID ID']; prints the new client")
    public String add(
            @Descriptor("company name") @Parameter(names = "--company", absentValue = "") String company,
            @Descriptor("ИНН, 10 or 12 digits") @Parameter(names = "--inn", absentValue = "") String inn,
            @Descriptor("КПП, only with a 10-digit INN") @Parameter(names = "--kpp", absentValue = "") String kpp,
            @Descriptor("contact person") @Parameter(names = "--contact", absentValue = "") String contact,
            @Descriptor("where price lists go") @Parameter(names = "--email", absentValue = "") String email,
            @Descriptor("further recipients, separated by spaces or commas") @Parameter(names = "--extra-emails", absentValue = "") String extra,
            @Descriptor("phone") @Parameter(names = "--phone", absentValue = "") String phone,
            @Descriptor("city") @Parameter(names = "--city", absentValue = "") String city,
            @Descriptor("the KREK manager (default: configured)") @Parameter(names = "--manager", absentValue = "") String manager,
            @Descriptor("the manager's e-mail, the Reply-To") @Parameter(names = "--manager-email", absentValue = "") String managerEmail,
            @Descriptor("discount type name (default: configured)") @Parameter(names = "--discount", absentValue = "") String discount,
            @Descriptor("'all' (default) or 1C group ids") @Parameter(names = "--groups", absentValue = "all") String groups)
            throws ClientException {
        ClientDetails details = new ClientDetails(company, inn, kpp, contact, email, words(extra), phone, city,
                new Manager(manager, managerEmail));
        Long discountId = discount.isBlank() ? null : discountId(discount);
        Client added = refusedAsUsage(() -> directory.add(new NewClient(details, ClientStatus.ACTIVE, groups(groups), null, discountId, null)));
        return show(added.id());
    }

    @Descriptor("changes a client's details; only the options given change, an empty value clears a field; usage: "
            + "client:edit <id> [--company NAME] [--inn INN] [--kpp KPP] [--contact NAME] [--email ADDRESS] [--extra-emails LIST] "
            + "[--phone P] [--city C] [--manager NAME] [--manager-email ADDRESS]")
    public String edit(
            @Descriptor("company name") @Parameter(names = "--company", absentValue = KEEP) String company,
            @Descriptor("ИНН") @Parameter(names = "--inn", absentValue = KEEP) String inn,
            @Descriptor("КПП") @Parameter(names = "--kpp", absentValue = KEEP) String kpp,
            @Descriptor("contact person") @Parameter(names = "--contact", absentValue = KEEP) String contact,
            @Descriptor("main e-mail") @Parameter(names = "--email", absentValue = KEEP) String email,
            @Descriptor("further recipients") @Parameter(names = "--extra-emails", absentValue = KEEP) String extra,
            @Descriptor("phone") @Parameter(names = "--phone", absentValue = KEEP) String phone,
            @Descriptor("city") @Parameter(names = "--city", absentValue = KEEP) String city,
            @Descriptor("the KREK manager") @Parameter(names = "--manager", absentValue = KEEP) String manager,
            @Descriptor("the manager's e-mail") @Parameter(names = "--manager-email", absentValue = KEEP) String managerEmail,
            @Descriptor("the client's id") long id) throws ClientException {
        ClientDetails d = known(id).details();
        ClientDetails changed = new ClientDetails(or(company, d.company()), or(inn, d.inn()), or(kpp, d.kpp()),
                or(contact, d.contact()), or(email, d.email()), KEEP.equals(extra) ? d.extraEmails() : words(extra),
                or(phone, d.phone()), or(city, d.city()),
                new Manager(or(manager, d.manager().name()), or(managerEmail, d.manager().email())));
        refusedAsUsage(() -> directory.edit(id, changed));
        return show(id);
    }

    @Descriptor("shows a client's groups, gone ones marked; usage: client:groups <id>")
    public String groups(@Descriptor("the client's id") long id) throws ClientException {
        Client c = known(id);
        return "groups: " + ClientText.groups(c, directory.groups(id));
    }

    @Descriptor("sets the groups a client takes (a group includes its subgroups); usage: client:groups <id> all|none|'ID ID …'")
    public String groups(@Descriptor("the client's id") long id,
            @Descriptor("'all', 'none', or 1C group ids separated by spaces or commas") String groups) throws ClientException {
        known(id);
        Client c = refusedAsUsage(() -> directory.setGroups(id, groups(groups)));
        return "groups: " + ClientText.groups(c, directory.groups(id));
    }

    @Descriptor("assigns a discount type to a client ('none' removes it); usage: client:discount <id> <name|none>")
    public String discount(@Descriptor("the client's id") long id, @Descriptor("discount type name, or none") String name)
            throws ClientException {
        known(id);
        Long discountId = "none".equalsIgnoreCase(name.strip()) ? null : discountId(name);
        directory.setDiscount(id, discountId);
        return "client " + id + " discount: " + (discountId == null ? "-" : name.strip());
    }

    @Descriptor("blocks a client: nothing more is sent, their links are refused; usage: client:block <id>")
    public String block(@Descriptor("the client's id") long id) throws ClientException {
        known(id);
        return "client " + id + " " + directory.block(id).status().word();
    }

    @Descriptor("lifts a block: active again if confirmed before, else pending; usage: client:unblock <id>")
    public String unblock(@Descriptor("the client's id") long id) throws ClientException {
        known(id);
        return "client " + id + " " + directory.unblock(id).status().word();
    }

    @Descriptor("approves a confirmed client when managers approve new clients (optovik.clients approval.required); usage: client:approve <id>")
    public String approve(@Descriptor("the client's id") long id) throws ClientException {
        known(id);
        return "client " + id + " " + directory.approve(id).status().word();
    }

    @Descriptor("erases a client's personal data, keeping the anonymous record and history; usage: client:erase <id>")
    public String erase(@Descriptor("the client's id") long id) throws ClientException {
        known(id);
        directory.erase(id);
        return "client " + id + " erased";
    }

    private Client known(long id) throws ClientException {
        return directory.find(id).orElseThrow(() -> new IllegalArgumentException("no client " + id + " (see client:list)"));
    }

    private Long discountId(String name) throws ClientException {
        return discounts.find(name.strip()).map(DiscountType::id)
                .orElseThrow(() -> new IllegalArgumentException("no discount type named " + name.strip() + " (see discount:list)"));
    }

    static Groups groups(String value) {
        String v = value.strip();
        return v.equalsIgnoreCase("all") ? Groups.everything() : v.equalsIgnoreCase("none") ? Groups.of(List.of()) : Groups.of(words(v));
    }

    static List<String> words(String value) {
        return value.isBlank() ? List.of() : Arrays.asList(value.strip().split("[\\s,;]+"));
    }

    private static String or(String given, String current) {
        return KEEP.equals(given) ? current : given;
    }

    private static String dash(String value) {
        return value.isEmpty() ? "-" : value;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    @FunctionalInterface
    interface Call<T> {
        T get() throws ClientException;
    }

    /** Refused input is bad usage (exit 2) with the directory's message. */
    static <T> T refusedAsUsage(Call<T> call) throws ClientException {
        try {
            return call.get();
        } catch (InvalidClientException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
