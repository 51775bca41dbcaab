package ru.krek.optovik.clients.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientEvent;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.SubscribedGroup;

/** How clients and discount types print in the shell: tables for lists, key: value lines for one. */
final class ClientText {

    private ClientText() {
    }

    /** "all", or the groups' names (their Ид when the catalog never had them), gone ones marked. */
    static String groups(Client c, List<SubscribedGroup> groups) {
        if (c.groups().all()) {
            return "all";
        }
        if (groups.isEmpty()) {
            return "none";
        }
        return groups.stream().map(g -> (g.name().isEmpty() ? g.id() : g.name()) + (g.gone() ? " (gone)" : ""))
                .collect(Collectors.joining(", "));
    }

    static String discount(Long id, Map<Long, DiscountType> types) {
        DiscountType t = id == null ? null : types.get(id);
        return id == null ? "-" : t == null ? "#" + id : t.name();
    }

    static String show(Client c, List<SubscribedGroup> groups, String discount, List<ClientEvent> history) {
        ClientDetails d = c.details();
        StringBuilder out = new StringBuilder();
        line(out, "id", String.valueOf(c.id()));
        line(out, "company", d.company());
        line(out, "inn", d.inn());
        line(out, "kpp", d.kpp());
        line(out, "contact", d.contact());
        line(out, "email", d.email());
        line(out, "extra-emails", String.join(" ", d.extraEmails()));
        line(out, "phone", d.phone());
        line(out, "city", d.city());
        line(out, "manager", (d.manager().name() + " " + (d.manager().email().isEmpty() ? "" : "<" + d.manager().email() + ">")).strip());
        line(out, "status", c.status().word());
        line(out, "created", time(c.created()));
        line(out, "confirmed", time(c.confirmed()));
        if (c.isErased()) {
            line(out, "erased", time(c.erased()));
        }
        line(out, "consent", c.consent() == null ? "" : c.consent().textVersion() + " " + time(c.consent().agreed()) + " "
                + c.consent().address());
        line(out, "discount", discount);
        for (SubscribedGroup g : groups) {
            line(out, "group", g.id() + " " + (g.name().isEmpty() ? "(unknown)" : g.name()) + (g.gone() ? " (gone)" : ""));
        }
        if (c.groups().all()) {
            line(out, "groups", "all");
        }
        line(out, "formats", String.join(" ", c.options().formats()));
        line(out, "lines", c.options().inStockOnly() ? "in-stock" : "all");
        line(out, "stock", c.options().stock().word());
        line(out, "pricelist-frequency", c.options().priceLists().word());
        line(out, "notify-frequency", c.options().notifications().word());
        for (ClientEvent e : history) {
            line(out, "history", time(e.at()) + " " + e.kind() + (e.detail().isEmpty() ? "" : " " + e.detail()));
        }
        return out.toString().stripTrailing();
    }

    static String discountTerms(DiscountType t) {
        if (t.isPlainPriceType()) {
            return "price type";
        }
        String base = "-" + t.percent().toPlainString() + "%";
        String perGroup = t.groupPercents().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=-" + e.getValue().toPlainString() + "%").collect(Collectors.joining(" "));
        return perGroup.isEmpty() ? base : base + " " + perGroup;
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(": ").append(value == null || value.isEmpty() ? "-" : value).append('\n');
    }

    static String time(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
