package ru.krek.optovik.onec.command;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.onec.internal.generate.CatalogGenerator;
import ru.krek.optovik.onec.internal.generate.GenerationSummary;
import ru.krek.optovik.onec.internal.generate.GeneratorOptions;

/** catalog:generate — a synthetic 1C export of a radio-components catalog, for demos, tests and benchmarks. */
@Component(service = GenerateCommand.class, property = {
        "osgi.command.scope=catalog",
        "osgi.command.function=generate" })
public final class GenerateCommand {

    @Descriptor("writes a synthetic 1C exchange (import.xml and offers.xml) of a radio-components catalog and "
            + "prints what it wrote; usage: catalog:generate <dir> [--offers N] [--seed S] [--next]")
    public String generate(CommandSession session,
            @Descriptor("sellable items in the first export (default 1000)")
            @Parameter(names = "--offers", absentValue = "1000") int offers,
            @Descriptor("the same seed writes byte-identical files (default 1)")
            @Parameter(names = "--seed", absentValue = "1") long seed,
            @Descriptor("write the export that follows the first one: price changes, arrivals, sell-outs, new and gone items")
            @Parameter(names = "--next", absentValue = "false", presentValue = "true") boolean next,
            @Descriptor("folder to write into, created if missing; relative to the shell's current directory")
            String dir) throws IOException {
        Path folder = SessionPaths.resolve(session, dir);
        GenerationSummary s = new CatalogGenerator(new GeneratorOptions(offers, seed, next)).writeTo(folder);
        return describe(s, next);
    }

    static String describe(GenerationSummary s, boolean next) {
        StringBuilder out = new StringBuilder();
        out.append(s.importFile()).append(": ").append(s.groups()).append(" groups, ").append(s.products())
                .append(" products (").append(s.deletedProducts()).append(" deleted)\n");
        out.append(s.offersFile()).append(": ").append(s.offers()).append(" offers, ").append(s.prices())
                .append(" prices, ").append(s.priceTypes()).append(" price types, ").append(s.warehouses())
                .append(" warehouses");
        if (next) {
            GenerationSummary.Changes c = s.changes();
            out.append("\nchanges: ").append(c.priceUps()).append(" price ups, ").append(c.priceDowns())
                    .append(" price downs, ").append(c.arrivals()).append(" arrivals, ").append(c.soldOuts())
                    .append(" sell-outs, ").append(c.newOffers()).append(" new offers, ").append(c.goneOffers())
                    .append(" gone offers, ").append(c.absentProducts()).append(" products absent");
        }
        return out.toString();
    }
}
