package ru.krek.optovik.catalog.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.shell.Table;

/** catalog:stats, catalog:runs, catalog:changes — what the catalog holds and what imports did (DESIGN.md's shell contract). */
@Component(service = CatalogCommands.class, property = {
        "osgi.command.scope=catalog",
        "osgi.command.function=stats",
        "osgi.command.function=runs",
        "osgi.command.function=changes" })
public final class CatalogCommands {

    static final int DEFAULT_RUNS = 20;
    private final CatalogStore store;

    @Activate
    public CatalogCommands(@Reference CatalogStore store) {
        this.store = store;
    }

    @Descriptor("shows what the catalog holds now, as key: value lines (groups, products, offers, price-types, "
            + "warehouses, prices, last-import)")
    public String stats() throws CatalogImportException {
        CatalogStats s = store.stats();
        ImportRun last = s.lastImport();
        return "groups: " + s.groups() + "\nproducts: " + s.products() + "\noffers: " + s.offers()
                + "\nprice-types: " + s.priceTypes() + "\nwarehouses: " + s.warehouses() + "\nprices: " + s.prices()
                + "\nlast-import: " + (last == null ? "none"
                        : last.id() + " " + time(last.finished() != null ? last.finished() : last.started()) + " "
                                + last.status().word());
    }

    @Descriptor("lists the last 20 import runs, newest first")
    public String runs() throws CatalogImportException {
        return runs(DEFAULT_RUNS);
    }

    @Descriptor("lists the most recent import runs, newest first: catalog:runs [count]")
    public String runs(@Descriptor("how many runs to list (at least 1)") int count) throws CatalogImportException {
        if (count < 1) {
            throw new IllegalArgumentException("usage: catalog:runs [count], count at least 1 (was " + count + ")");
        }
        Table table = new Table("id", "started", "finished", "status", "origin", "files", "offers", "changes", "error");
        for (ImportRun run : store.runs(count)) {
            table.row(String.valueOf(run.id()), time(run.started()), run.finished() == null ? "-" : time(run.finished()),
                    run.status().word(), run.source().origin(), String.valueOf(run.counts().files()),
                    String.valueOf(run.counts().offers()), String.valueOf(run.counts().changes()),
                    run.error() == null ? "" : run.error().replaceAll("\\s+", " "));
        }
        return table.toString();
    }

    @Descriptor("prints what the last import changed, one tab-separated line per change: kind, offer id, name, "
            + "price type, old → new")
    public String changes() throws CatalogImportException {
        ImportRun last = store.run(null).orElseThrow(() -> new IllegalStateException("no import has run yet"));
        return lines(store.changes(last.id()));
    }

    @Descriptor("prints what one import run changed: catalog:changes <run>")
    public String changes(@Descriptor("the run id (see catalog:runs)") long run) throws CatalogImportException {
        if (store.run(run).isEmpty()) {
            throw new IllegalArgumentException("no import run " + run + " (see catalog:runs)");
        }
        return lines(store.changes(run));
    }

    /** Tab-separated, because names hold spaces; "-" where a field does not apply. */
    static String lines(List<CatalogChange> changes) {
        StringBuilder out = new StringBuilder();
        for (CatalogChange c : changes) {
            String values = c.oldValue() == null && c.newValue() == null ? "-" : number(c.oldValue()) + " → " + number(c.newValue());
            out.append(c.kind().word()).append('\t').append(c.offerId()).append('\t').append(text(c.name())).append('\t')
                    .append(c.priceTypeId() == null ? "-" : text(c.priceType() != null ? c.priceType() : c.priceTypeId()))
                    .append('\t').append(values).append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value.replaceAll("\\s+", " ");
    }

    private static String number(BigDecimal value) {
        return value == null ? "?" : value.toPlainString();
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
