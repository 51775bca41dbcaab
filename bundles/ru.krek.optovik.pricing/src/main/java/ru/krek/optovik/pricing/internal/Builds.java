package ru.krek.optovik.pricing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogOffer;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Warehouse;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListException;

/**
 * Lists and files, each built once per terms and catalog state (and formatter): whoever asks first builds,
 * whoever asks meanwhile waits for that build, later askers take the result. A failed build is forgotten,
 * so the next ask tries again.
 */
final class Builds {

    /** Models kept for the formats still to write; one is a few MB for 10,000 lines. */
    private static final int MODELS = 8;
    /** Offer readings kept: terms that differ only in discount or options share one (a few MB each). */
    private static final int READINGS = 4;

    @FunctionalInterface
    private interface Work<T> {
        T run() throws PriceListException;
    }

    private final CatalogStore catalog;
    private final BuildFolder folder;
    private final String supplier;
    private final Map<String, CompletableFuture<BuiltFile>> files = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<PriceList>> models = lru(MODELS);
    private final Map<String, CompletableFuture<List<CatalogOffer>>> readings = lru(READINGS);
    private final Map<String, CompletableFuture<Frame>> frames = lru(2);
    private CatalogState state;

    /** What every list of a catalog state shares: the group tree, price types and warehouses. */
    private record Frame(GroupTree tree, List<PriceType> priceTypes, List<Warehouse> warehouses) {
    }

    Builds(CatalogStore catalog, Path folder, String supplier) {
        this.catalog = catalog;
        this.folder = new BuildFolder(folder);
        this.supplier = supplier;
    }

    /**
     * The catalog's state now; builds of other states are dropped, with their files, when it changes. The
     * last successful run's id and start time name it: the time tells two databases' run 7 apart.
     */
    synchronized CatalogState state() throws PriceListException {
        long run = catalog(catalog::state);
        Optional<ImportRun> last = run == 0 ? Optional.empty() : catalog(() -> catalog.run(run));
        CatalogState now = new CatalogState(run + "-" + last.map(r -> r.started().toEpochMilli()).orElse(0L),
                last.map(r -> r.finished() != null ? r.finished() : r.started()).orElse(Instant.now())
                        .atZone(ZoneId.systemDefault()).toLocalDate());
        if (state == null || !now.key().equals(state.key())) {
            String prefix = now.key() + "/";
            files.keySet().removeIf(k -> !k.startsWith(prefix));
            models.keySet().removeIf(k -> !k.startsWith(prefix));
            readings.keySet().removeIf(k -> !k.startsWith(prefix));
            frames.keySet().removeIf(k -> !k.startsWith(prefix));
            folder.removeOthers(now.key());
            state = now;
        }
        return state;
    }

    /** @param key names the state in keys and folder names; @param date the catalog's date, for the list's header */
    record CatalogState(String key, LocalDate date) {
    }

    PriceList model(Terms terms, CatalogState state) throws PriceListException {
        return once(models, state.key() + "/" + terms.key(), () -> assemble(terms, state));
    }

    BuiltFile file(Terms terms, CatalogState state, Formatters.Installed formatter) throws PriceListException {
        String name = terms.key() + "-" + formatter.serviceId() + "." + extension(formatter);
        return once(files, state.key() + "/" + name, () -> {
            PriceList list = model(terms, state);
            int lines = list.lineCount();
            if (lines == 0) {
                return new BuiltFile(null, 0, list.header().leftOut(), list.header().date());
            }
            try {
                Path path = folder.write(state.key(), name, out -> formatter.formatter().write(list, out));
                return new BuiltFile(path, lines, list.header().leftOut(), list.header().date());
            } catch (IOException | RuntimeException | LinkageError e) {
                // LinkageError: the formatter's bundle was refreshed away under the build; it fails cleanly
                throw new PriceListException("the " + formatter.format().id() + " formatter ("
                        + formatter.format().bundle() + " " + formatter.format().version() + ") failed: " + e, e);
            }
        });
    }

    private PriceList assemble(Terms terms, CatalogState state) throws PriceListException {
        String typeId = terms.discount().priceTypeId();
        Frame frame = once(frames, state.key() + "/", () -> new Frame(new GroupTree(catalog(catalog::groups)),
                catalog(catalog::priceTypes), catalog(catalog::warehouses)));
        PriceType type = frame.priceTypes().stream().filter(t -> t.id().equals(typeId)).findFirst()
                .orElseThrow(() -> new PriceListException("discount type " + terms.discount().name() + ": price type "
                        + typeId + " is not in the catalog"));
        ListAssembler assembler = new ListAssembler(terms, frame.tree(), type, frame.warehouses());
        // the catalog is read once per groups and price type: terms differing only in discount share it
        String reading = state.key() + "/" + typeId + "/" + String.join("\u0000", terms.groups());
        once(readings, reading, () -> {
            List<CatalogOffer> offers = new ArrayList<>();
            catalog(() -> {
                catalog.offers(terms.groups(), typeId, offers::add);
                return null;
            });
            return List.copyOf(offers);
        }).forEach(assembler);
        return assembler.list(supplier, state.date());
    }

    private static <T> Map<String, CompletableFuture<T>> lru(int size) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<T>> eldest) {
                return size() > size;
            }
        });
    }

    private static String extension(Formatters.Installed formatter) {
        String ext = formatter.format().fileExtension();
        return ext != null && ext.matches("[A-Za-z0-9]{1,10}") ? ext : "bin";
    }

    private static <T> T once(Map<String, CompletableFuture<T>> map, String key, Work<T> work) throws PriceListException {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> running = map.putIfAbsent(key, mine);
        if (running == null) {
            try {
                T value = work.run();
                mine.complete(value);
                return value;
            } catch (PriceListException | RuntimeException | Error e) {
                map.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return running.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PriceListException p ? new PriceListException(p.getMessage(), p)
                    : new PriceListException("the list could not be built: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PriceListException("interrupted while waiting for the same list to be built", e);
        }
    }

    @FunctionalInterface
    private interface CatalogWork<T> {
        T run() throws CatalogImportException;
    }

    private static <T> T catalog(CatalogWork<T> work) throws PriceListException {
        try {
            return work.run();
        } catch (CatalogImportException e) {
            throw new PriceListException(e.getMessage(), e);
        }
    }
}
