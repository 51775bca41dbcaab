package ru.krek.optovik.clients.transfer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.CellText;
import ru.krek.optovik.clients.internal.ClientValidation;

/**
 * The columns of a client list, the same in CSV and XLSX, export and import: an export imports again.
 * Lists inside a cell (extra e-mails, groups, formats) are separated by spaces or commas; groups are 1C
 * group Ид's or "all".
 */
public final class ClientColumns {

    /** id, created and confirmed are written for information; an import gives new ones. */
    public static final List<String> HEADER = List.of("id", "company", "inn", "kpp", "contact", "email", "extra_emails",
            "phone", "city", "manager", "manager_email", "status", "discount", "groups", "formats", "in_stock_only", "stock",
            "pricelist_frequency", "notify_frequency", "created", "confirmed");
    public static final Set<String> REQUIRED = Set.of("company", "inn", "email");

    private ClientColumns() {
    }

    public static List<String> row(Client c, String discountName) {
        ClientDetails d = c.details();
        ClientOptions o = c.options();
        return List.of(String.valueOf(c.id()), d.company(), d.inn(), d.kpp(), d.contact(), d.email(),
                String.join(" ", d.extraEmails()), d.phone(), d.city(), d.manager().name(), d.manager().email(),
                c.status().word(), discountName == null ? "" : discountName,
                c.groups().all() ? "all" : String.join(" ", c.groups().ids()), String.join(" ", o.formats()),
                o.inStockOnly() ? "yes" : "no", o.stock().word(), o.priceLists().word(), o.notifications().word(),
                time(c.created()), time(c.confirmed()));
    }

    /**
     * The client a row describes, with the fields checked as the directory will check them.
     *
     * @param discountIds discount type ids by lower-case name
     * @throws InvalidClientException naming every column that is wrong and why
     */
    public static NewClient client(Map<String, String> cells, Map<String, Long> discountIds, Consent consent)
            throws InvalidClientException {
        Map<String, String> problems = new LinkedHashMap<>();
        ClientDetails details = new ClientDetails(cell(cells, "company"), cell(cells, "inn"), cell(cells, "kpp"),
                cell(cells, "contact"), cell(cells, "email"), list(cell(cells, "extra_emails")), cell(cells, "phone"),
                cell(cells, "city"), new Manager(cell(cells, "manager"), cell(cells, "manager_email")));
        problems.putAll(ClientValidation.problems(details));
        ClientStatus status = or(cells, "status", ClientStatus.ACTIVE, ClientStatus::of, problems);
        String groupsCell = cell(cells, "groups");
        Groups groups = groupsCell.isEmpty() || groupsCell.equalsIgnoreCase("all") ? Groups.everything() : Groups.of(list(groupsCell));
        ClientOptions defaults = ClientOptions.defaults();
        ClientOptions options = new ClientOptions(list(cell(cells, "formats")),
                or(cells, "in_stock_only", false, ClientColumns::yesNo, problems),
                or(cells, "stock", defaults.stock(), StockView::of, problems),
                or(cells, "pricelist_frequency", defaults.priceLists(), PriceListFrequency::of, problems),
                or(cells, "notify_frequency", defaults.notifications(), NotifyFrequency::of, problems));
        String discount = cell(cells, "discount");
        Long discountId = discount.isEmpty() ? null : discountIds.get(discount.toLowerCase(Locale.ROOT));
        if (!discount.isEmpty() && discountId == null) {
            problems.put("discount", "no discount type named " + discount + " (see discount:list)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidClientException(problems);
        }
        return new NewClient(details, status, groups, options, discountId, consent);
    }

    /** The cell parsed, or otherwise when empty; a word the parser refuses is a problem of that column. */
    private static <T> T or(Map<String, String> cells, String column, T otherwise, Function<String, T> parse,
            Map<String, String> problems) {
        String value = cell(cells, column);
        try {
            return value.isEmpty() ? otherwise : parse.apply(value);
        } catch (IllegalArgumentException e) {
            problems.put(column, e.getMessage());
            return otherwise;
        }
    }

    private static boolean yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "no", "false", "0", "нет" -> false;
            case "yes", "true", "1", "да" -> true;
            default -> throw new IllegalArgumentException("yes or no (was \"" + value + "\")");
        };
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null ? "" : restored(value.strip());
    }

    /**
     * The text without the apostrophe CellText.neutralise put before it on export ("'+7 495…" → "+7 495…"),
     * so an exported list imports as it was; an apostrophe before anything else is the client's own.
     */
    static String restored(String value) {
        return value.startsWith("'") && value.length() > 1 && CellText.neutralise(value.substring(1)).equals(value)
                ? value.substring(1) : value;
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("[\\s,;]+"));
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
