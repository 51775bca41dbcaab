package ru.krek.optovik.onec.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.onec.internal.importer.RunSummary;

/** catalog:import — one exchange from files, zips or folders, with one summary line. */
@Component(service = ImportCommand.class, property = {
        "osgi.command.scope=catalog",
        "osgi.command.function=import" })
public final class ImportCommand {

    static final String USAGE = "usage: catalog:import <file|zip|folder>...";
    /** How long the shell waits for an import running elsewhere (drop folder, 1C) before giving up. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private final ExchangeImporter importer;

    @Activate
    public ImportCommand(@Reference ExchangeImporter importer) {
        this.importer = importer;
    }

    /** Gogo maps the Java keyword `import` to this method. */
    @Descriptor("imports 1C exchange files as one exchange (XML files, zip archives, or folders holding them; "
            + "catalog files are applied first) and prints one summary line; " + USAGE)
    public String _import(CommandSession session,
            @Descriptor("files, zips or folders; relative paths resolve against the shell's current directory")
            String... paths) throws CatalogImportException {
        if (paths == null || paths.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        List<Path> files = new ArrayList<>();
        for (String given : paths) {
            Path path = SessionPaths.resolve(session, given);
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            files.add(path);
        }
        ImportSource source = new ImportSource("shell", String.join(" ", paths));
        ImportRun run;
        try {
            run = importer.importFiles(files, source, Duration.ZERO);
        } catch (CatalogImportException busy) {
            System.err.println(busy.getMessage() + "; waiting up to " + WAIT.toSeconds() + " s");
            run = importer.importFiles(files, source, WAIT);
        }
        String summary = RunSummary.of(run);
        if (run.status() != ImportRun.Status.SUCCEEDED) {
            throw new CatalogImportException(summary);
        }
        return summary;
    }
}
