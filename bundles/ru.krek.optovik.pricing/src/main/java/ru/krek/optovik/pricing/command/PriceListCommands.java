package ru.krek.optovik.pricing.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceListFormat;
import ru.krek.optovik.api.shell.Table;
import ru.krek.optovik.pricing.internal.FileNames;
import ru.krek.optovik.pricing.internal.PriceListService;
import ru.krek.optovik.pricing.internal.PriceListService.ClientLists;

/** pricelist:formats, pricelist:build, pricelist:preview (DESIGN.md's shell contract). */
@Component(service = PriceListCommands.class, property = {
        "osgi.command.scope=pricelist",
        "osgi.command.function=formats",
        "osgi.command.function=build",
        "osgi.command.function=preview" })
public final class PriceListCommands {

    private static final String BUILD_USAGE = "usage: pricelist:build <client id>|--all [--format ID] [--out DIR]";
    private final PriceListService lists;
    private final ClientDirectory clients;

    @Activate
    public PriceListCommands(@Reference PriceListService lists, @Reference ClientDirectory clients) {
        this.lists = lists;
        this.clients = clients;
    }

    @Descriptor("lists the installed price-list formats: id, name, bundle, version")
    public String formats() {
        Table table = new Table("id", "name", "bundle", "version");
        for (PriceListFormat f : lists.formats()) {
            table.row(f.id(), f.displayName(), f.bundle(), f.version());
        }
        return table.toString();
    }

    @Descriptor("builds every active client's price lists and prints each file with its line count (tab-separated); "
            + BUILD_USAGE)
    public String build(
            @Descriptor("every active client") @Parameter(names = "--all", presentValue = "true", absentValue = "false") boolean all,
            @Descriptor("only this format (see pricelist:formats); default: each client's preferred formats") @Parameter(names = "--format", absentValue = "") String format,
            @Descriptor("copy the files into this folder, named <client id>-<company slug>.<ext>") @Parameter(names = "--out", absentValue = "") String out)
            throws ClientException, PriceListException, IOException {
        if (!all) {
            throw new IllegalArgumentException("which client? " + BUILD_USAGE);
        }
        return run(clients.list(new ClientQuery(ClientStatus.ACTIVE, null, null)), format, out);
    }

    @Descriptor("builds one client's price lists and prints each file with its line count (tab-separated); " + BUILD_USAGE)
    public String build(
            @Descriptor("every active client") @Parameter(names = "--all", presentValue = "true", absentValue = "false") boolean all,
            @Descriptor("only this format (see pricelist:formats); default: the client's preferred formats") @Parameter(names = "--format", absentValue = "") String format,
            @Descriptor("copy the files into this folder, named <client id>-<company slug>.<ext>") @Parameter(names = "--out", absentValue = "") String out,
            @Descriptor("the client's id (see client:list)") long client)
            throws ClientException, PriceListException, IOException {
        if (all) {
            throw new IllegalArgumentException("a client id or --all, not both; " + BUILD_USAGE);
        }
        Client c = clients.find(client).orElseThrow(() -> new IllegalArgumentException("no client " + client + " (see client:list)"));
        return run(List.of(c), format, out);
    }

    private String run(List<Client> targets, String format, String out) throws PriceListException, IOException {
        String formatId = format.isBlank() ? null : format.strip();
        if (formatId != null && lists.formats().stream().noneMatch(f -> f.id().equals(formatId))) {
            throw new IllegalArgumentException("no format " + formatId + " (see pricelist:formats)");
        }
        Path folder = out.isBlank() ? null : folder(out);
        StringBuilder text = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (ClientLists result : lists.buildAll(targets, formatId)) {
            Client c = result.client();
            if (result.error() != null) {
                failures.add("client " + c.id() + ": " + result.error());
            } else if (result.files().isEmpty()) {
                text.append("client ").append(c.id()).append(" (").append(c.details().company())
                        .append("): no lines, no list\n");
            }
            for (PriceListFile f : result.files()) {
                Path path = f.path();
                if (folder != null) {
                    path = Files.copy(f.path(), folder.resolve(FileNames.out(c.id(), c.details().company(),
                            f.format().fileExtension())), StandardCopyOption.REPLACE_EXISTING);
                }
                text.append(path).append('\t').append(f.lines()).append('\n');
            }
        }
        if (!failures.isEmpty()) {
            // the lists that were built stay built; the error names every client that got none
            throw new IllegalStateException(failures.size() + " of " + targets.size() + " clients got no list: "
                    + String.join("; ", failures));
        }
        return text.toString().stripTrailing();
    }

    private static Path folder(String out) {
        Path folder = Path.of(out).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out " + out + " is not a folder that can be written: " + e.getMessage());
        }
    }

    @Descriptor("shows the first 20 lines of a client's price list as a table, after its terms; "
            + "usage: pricelist:preview <client id> [--lines N]")
    public String preview(
            @Descriptor("how many lines to show (at least 1)") @Parameter(names = "--lines", absentValue = "20") int count,
            @Descriptor("the client's id (see client:list)") long client) throws ClientException, PriceListException {
        if (count < 1) {
            throw new IllegalArgumentException("--lines must be at least 1 (was " + count + ")");
        }
        if (clients.find(client).isEmpty()) {
            throw new IllegalArgumentException("no client " + client + " (see client:list)");
        }
        return Preview.of(lists.preview(client), count);
    }
}
