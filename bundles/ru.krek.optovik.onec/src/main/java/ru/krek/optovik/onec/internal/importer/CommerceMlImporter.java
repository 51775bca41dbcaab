package ru.krek.optovik.onec.internal.importer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.CatalogImport;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.onec.internal.archive.ArchiveLimits;
import ru.krek.optovik.onec.internal.archive.ExchangeArchive;
import ru.krek.optovik.onec.internal.cml.CommerceMlException;
import ru.krek.optovik.onec.internal.cml.CommerceMlReader;
import ru.krek.optovik.onec.internal.files.Trees;

/**
 * The one importer behind the shell, the drop folder and the HTTP exchange. Files are unpacked and
 * recognised before the store's lock is taken, then streamed into one {@link CatalogImport}: a bad
 * file anywhere fails the whole run with its reason, and nothing partial is ever committed.
 */
@Component(service = ExchangeImporter.class)
public final class CommerceMlImporter implements ExchangeImporter {

    private static final Logger LOG = LoggerFactory.getLogger(CommerceMlImporter.class);
    private static final String WORK_PREFIX = "import-";

    private final CatalogStore store;
    private final Path workRoot;
    private final CommerceMlReader reader = new CommerceMlReader();
    private final ExchangeFiles exchangeFiles = new ExchangeFiles(reader, new ExchangeArchive(ArchiveLimits.DEFAULT));

    @Activate
    public CommerceMlImporter(@Reference CatalogStore store, BundleContext context) {
        this(store, OptovikHome.of(context).resolve("1c/work"));
        removeLeftovers();
    }

    /** @param workRoot where archives are unpacked, one private folder per run */
    CommerceMlImporter(CatalogStore store, Path workRoot) {
        this.store = store;
        this.workRoot = workRoot;
    }

    @Override
    public ImportRun importFiles(List<Path> paths, ImportSource source, Duration wait) throws CatalogImportException {
        Path work = null;
        try {
            List<ExchangeFiles.Entry> files;
            try {
                Files.createDirectories(workRoot);
                work = Files.createTempDirectory(workRoot, WORK_PREFIX);
                files = exchangeFiles.collect(paths, work);
            } catch (CommerceMlException | IOException e) {
                // refused before the first item: still a run, so the reason is kept with the others
                try (CatalogImport exchange = store.begin(source, wait)) {
                    return logged(exchange.fail(reason(e)));
                }
            }
            return apply(files, source, wait);
        } finally {
            if (work != null) {
                Trees.deleteQuietly(work);
            }
        }
    }

    private ImportRun apply(List<ExchangeFiles.Entry> files, ImportSource source, Duration wait)
            throws CatalogImportException {
        try (CatalogImport exchange = store.begin(source, wait)) {
            try {
                for (ExchangeFiles.Entry entry : files) {
                    reader.read(entry.file(), exchange);
                }
            } catch (CommerceMlException | IOException e) {
                return logged(exchange.fail(reason(e)));
            } catch (RuntimeException e) {
                LOG.error("Import run {} broke off", exchange.runId(), e);
                return logged(exchange.fail("Внутренняя ошибка при загрузке: " + e));
            }
            try {
                return logged(exchange.commit());
            } catch (CatalogImportException e) {
                // the store failed the run with this reason; hand back the recorded run like any failure
                ImportRun failed = store.run(exchange.runId()).orElseThrow(() -> e);
                return logged(failed);
            }
        }
    }

    static String reason(Exception e) {
        if (e instanceof CommerceMlException) {
            return e.getMessage();
        }
        return "Не удалось прочитать файлы обмена: " + e;
    }

    private static ImportRun logged(ImportRun run) {
        String line = "Import (" + run.source().origin() + ": " + run.source().description() + ") "
                + RunSummary.of(run);
        if (run.status() == ImportRun.Status.SUCCEEDED) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
        return run;
    }

    /** Folders a crashed process left; nothing else runs before activation. */
    private void removeLeftovers() {
        if (!Files.isDirectory(workRoot)) {
            return;
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(workRoot, WORK_PREFIX + "*")) {
            for (Path folder : stale) {
                Trees.deleteQuietly(folder);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean {}: {}", workRoot, e.getMessage());
        }
    }
}
