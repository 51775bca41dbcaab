package ru.krek.optovik.clients.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientQuery;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.clients.transfer.ClientColumns;
import ru.krek.optovik.clients.transfer.ClientImport;
import ru.krek.optovik.clients.transfer.SheetFiles;

/** client:import and client:export — a client list in and out as CSV or XLSX. */
@Component(service = ClientFileCommands.class, property = {
        "osgi.command.scope=client", "osgi.command.function=import", "osgi.command.function=export" })
public final class ClientFileCommands {

    private final ClientDirectory directory;
    private final DiscountTypes discounts;

    @Activate
    public ClientFileCommands(@Reference ClientDirectory directory, @Reference DiscountTypes discounts) {
        this.directory = directory;
        this.discounts = discounts;
    }

    /** Gogo maps the Java keyword `import` to this method. */
    @Descriptor("imports a client list (.xlsx: the first sheet; anything else: CSV, UTF-8, ';' or ',') whose first row "
            + "names the columns as client:export writes them; each row goes in whole or is rejected, reported as "
            + "'row N: column: reason'; usage: client:import <file.csv|file.xlsx>")
    public String _import(CommandSession session,
            @Descriptor("the file; relative paths resolve against the shell's current directory") String file)
            throws ClientException, IOException {
        Path path = resolve(session, file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file: " + path);
        }
        ClientImport.Report report = new ClientImport(directory).run(SheetFiles.read(path), discounts.list(),
                path.getFileName().toString(), Clock.systemUTC().instant());
        StringBuilder out = new StringBuilder("imported: " + report.imported() + "\nrejected: " + report.rejectedRows());
        report.rejections().forEach(r -> out.append('\n').append(r));
        return out.toString();
    }

    @Descriptor("exports every client (erased ones left out) in the columns client:import reads; "
            + "usage: client:export <file> [--format csv|xlsx] (default: by the file's extension, else csv)")
    public String export(CommandSession session,
            @Descriptor("csv or xlsx") @Parameter(names = "--format", absentValue = "") String format,
            @Descriptor("the file to write (replaced); relative paths resolve against the shell's current directory") String file)
            throws ClientException, IOException {
        Path path = resolve(session, file);
        String kind = format.isBlank() ? SheetFiles.kindOf(path) : format.strip().toLowerCase(Locale.ROOT);
        Map<Long, String> names = discounts.list().stream().collect(Collectors.toMap(DiscountType::id, DiscountType::name));
        List<List<String>> rows = new ArrayList<>();
        for (Client c : directory.list(ClientQuery.all())) {
            if (!c.isErased()) {
                rows.add(ClientColumns.row(c, c.discountTypeId() == null ? null : names.get(c.discountTypeId())));
            }
        }
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        SheetFiles.write(path, kind, ClientColumns.HEADER, rows);
        return path + ": " + rows.size() + " clients";
    }

    private static Path resolve(CommandSession session, String given) {
        Path base = session == null || session.currentDir() == null ? Path.of("").toAbsolutePath() : session.currentDir();
        try {
            return base.resolve(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid path: " + given);
        }
    }

}
