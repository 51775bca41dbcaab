package ru.krek.optovik.clients.command;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.shell.Table;

/** discount:list, add, edit, delete — the discount types managers assign. */
@Component(service = DiscountCommands.class, property = {
        "osgi.command.scope=discount", "osgi.command.function=list", "osgi.command.function=add",
        "osgi.command.function=edit", "osgi.command.function=delete" })
public final class DiscountCommands {

    private final DiscountTypes discounts;

    @Activate
    public DiscountCommands(@Reference DiscountTypes discounts) {
        this.discounts = discounts;
    }

    @Descriptor("lists discount types as a table (id, name, price type, terms, rounding, default)")
    public String list() throws ClientException {
        String byDefault = discounts.defaultType().map(DiscountType::name).orElse("");
        Table table = new Table("id", "name", "price-type", "terms", "rounding", "default");
        for (DiscountType t : discounts.list()) {
            table.row(String.valueOf(t.id()), t.name(), t.priceTypeId(), ClientText.discountTerms(t), t.rounding().word(),
                    t.name().equals(byDefault) ? "yes" : "");
        }
        return table.toString();
    }

    @Descriptor("adds a discount type: a 1C price type as it is, or a base price type minus a percentage; usage: "
            + "discount:add <name> --price-type ID|NAME [--percent 0-100] [--group-percent 'GROUP=P GROUP=P'] "
            + "[--rounding kopeck|ruble|ten-rubles]")
    public String add(
            @Descriptor("the 1C price type (Ид or name): the price, or the base of the discount") @Parameter(names = "--price-type", absentValue = "") String priceType,
            @Descriptor("discount in percent, 0–100; none for the plain price type") @Parameter(names = "--percent", absentValue = "") String percent,
            @Descriptor("per-group percentages, GROUP-ID=PERCENT separated by spaces or commas") @Parameter(names = "--group-percent", absentValue = "") String groupPercent,
            @Descriptor("kopeck (default), ruble or ten-rubles") @Parameter(names = "--rounding", absentValue = "kopeck") String rounding,
            @Descriptor("the discount type's name") String name) throws ClientException {
        DiscountType type = new DiscountType(0, name, priceType, percent(percent), groupPercents(groupPercent), Rounding.of(rounding));
        return describe(ClientCommands.refusedAsUsage(() -> discounts.add(type)));
    }

    @Descriptor("changes a discount type; only the options given change; usage: discount:edit <id|name> [--name NAME] "
            + "[--price-type ID|NAME] [--percent 0-100|none] [--group-percent 'GROUP=P …'|none] [--rounding WORD]")
    public String edit(
            @Descriptor("a new name") @Parameter(names = "--name", absentValue = ClientCommands.KEEP) String newName,
            @Descriptor("the 1C price type (Ид or name)") @Parameter(names = "--price-type", absentValue = ClientCommands.KEEP) String priceType,
            @Descriptor("discount in percent, or none") @Parameter(names = "--percent", absentValue = ClientCommands.KEEP) String percent,
            @Descriptor("per-group percentages, or none") @Parameter(names = "--group-percent", absentValue = ClientCommands.KEEP) String groupPercent,
            @Descriptor("kopeck, ruble or ten-rubles") @Parameter(names = "--rounding", absentValue = ClientCommands.KEEP) String rounding,
            @Descriptor("the discount type's id or name") String which) throws ClientException {
        DiscountType t = find(which);
        String keep = ClientCommands.KEEP;
        DiscountType changed = new DiscountType(t.id(), keep.equals(newName) ? t.name() : newName,
                keep.equals(priceType) ? t.priceTypeId() : priceType, keep.equals(percent) ? t.percent() : percent(percent),
                keep.equals(groupPercent) ? t.groupPercents() : groupPercents(groupPercent),
                keep.equals(rounding) ? t.rounding() : Rounding.of(rounding));
        return describe(ClientCommands.refusedAsUsage(() -> discounts.edit(changed)));
    }

    @Descriptor("deletes a discount type no client uses; usage: discount:delete <id|name>")
    public String delete(@Descriptor("the discount type's id or name") String which) throws ClientException {
        DiscountType t = find(which);
        discounts.delete(t.id());
        return "discount type " + t.name() + " deleted";
    }

    private DiscountType find(String which) throws ClientException {
        String w = which.strip();
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            var byId = discounts.find(Long.parseLong(w));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        return discounts.find(w).orElseThrow(() -> new IllegalArgumentException("no discount type " + w + " (see discount:list)"));
    }

    private static String describe(DiscountType t) {
        return "discount type " + t.id() + " " + t.name() + ": " + t.priceTypeId() + " " + ClientText.discountTerms(t)
                + ", rounding " + t.rounding().word();
    }

    static BigDecimal percent(String value) {
        String v = value.strip().replace(',', '.');
        if (v.isEmpty() || v.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return new BigDecimal(v.endsWith("%") ? v.substring(0, v.length() - 1) : v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a percentage is a number between 0 and 100 (was \"" + value.strip() + "\")");
        }
    }

    static Map<String, BigDecimal> groupPercents(String value) {
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        if (value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return percents;
        }
        // a comma separates pairs only before the next GROUP=, so "g1=4,5" keeps its Russian decimal comma
        for (String pair : value.strip().split("[\\s;]+|,\\s*(?=[^=,;\\s]+=)")) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("--group-percent takes GROUP-ID=PERCENT pairs (was \"" + pair + "\")");
            }
            BigDecimal p = percent(pair.substring(eq + 1));
            if (p == null) {
                throw new IllegalArgumentException("--group-percent: no percentage for group " + pair.substring(0, eq));
            }
            percents.put(pair.substring(0, eq), p);
        }
        return percents;
    }
}
