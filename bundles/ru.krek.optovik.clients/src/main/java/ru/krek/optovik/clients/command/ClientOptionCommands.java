package ru.krek.optovik.clients.command;

import java.util.List;
import java.util.TreeSet;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceListFormat;
import ru.krek.optovik.api.pricelist.PriceLists;

/**
 * client:options — what a client's price lists look like and how often letters go, as the client sets them
 * on /preferences. Formats are those the pricing service can write now, as the site offers them.
 */
@Component(service = ClientOptionCommands.class, property = {"osgi.command.scope=client", "osgi.command.function=options"})
public final class ClientOptionCommands {

    private final ClientDirectory directory;
    private final PriceLists priceLists;

    @Activate
    public ClientOptionCommands(@Reference ClientDirectory directory, @Reference PriceLists priceLists) {
        this.directory = directory;
        this.priceLists = priceLists;
    }

    @Descriptor("shows or changes a client's options; only the options given change; usage: client:options <id> "
            + "[--formats 'xlsx pdf'|default] [--lines all|in-stock] [--stock total|per-warehouse] "
            + "[--pricelist-frequency each-import|daily|weekly|monthly] [--notify-frequency instant|daily|weekly|off]")
    public String options(
            @Descriptor("preferred formats, in order, of the installed formatters (pricelist:formats); 'default' clears them")
            @Parameter(names = "--formats", absentValue = ClientCommands.KEEP) String formats,
            @Descriptor("all lines, or in-stock lines only") @Parameter(names = "--lines", absentValue = ClientCommands.KEEP) String lines,
            @Descriptor("stock as one total or per warehouse") @Parameter(names = "--stock", absentValue = ClientCommands.KEEP) String stock,
            @Descriptor("how often the price list goes") @Parameter(names = "--pricelist-frequency", absentValue = ClientCommands.KEEP) String priceLists,
            @Descriptor("how change notifications go") @Parameter(names = "--notify-frequency", absentValue = ClientCommands.KEEP) String notify,
            @Descriptor("the client's id") long id) throws ClientException {
        ClientOptions o = directory.find(id).orElseThrow(() -> new IllegalArgumentException("no client " + id + " (see client:list)"))
                .options();
        String keep = ClientCommands.KEEP;
        ClientOptions changed = new ClientOptions(keep.equals(formats) ? o.formats() : formats(formats),
                keep.equals(lines) ? o.inStockOnly() : inStockOnly(lines),
                keep.equals(stock) ? o.stock() : StockView.of(stock),
                keep.equals(priceLists) ? o.priceLists() : PriceListFrequency.of(priceLists),
                keep.equals(notify) ? o.notifications() : NotifyFrequency.of(notify));
        ClientOptions now = changed.equals(o) ? o : directory.setOptions(id, changed).options();
        return "formats: " + (now.formats().isEmpty() ? "default" : String.join(" ", now.formats()))
                + "\nlines: " + (now.inStockOnly() ? "in-stock" : "all") + "\nstock: " + now.stock().word()
                + "\npricelist-frequency: " + now.priceLists().word() + "\nnotify-frequency: " + now.notifications().word();
    }

    private List<String> formats(String value) {
        if (value.strip().equalsIgnoreCase("default")) {
            return List.of();
        }
        List<String> wanted = ClientCommands.words(value);
        TreeSet<String> installed = new TreeSet<>(priceLists.formats().stream().map(PriceListFormat::id).toList());
        List<String> unknown = wanted.stream().filter(f -> !installed.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--formats: not installed: " + String.join(", ", unknown) + " (installed: "
                    + (installed.isEmpty() ? "none" : String.join(", ", installed)) + ")");
        }
        return wanted;
    }

    private static boolean inStockOnly(String lines) {
        return switch (lines.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "all" -> false;
            case "in-stock" -> true;
            default -> throw new IllegalArgumentException("--lines must be all or in-stock (was \"" + lines.strip() + "\")");
        };
    }
}
