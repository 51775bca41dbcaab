package ru.krek.optovik.pricing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceListFormat;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.api.pricelist.PriceLists;
import ru.krek.optovik.api.runtime.OptovikHome;

/** Clients' price lists from the catalog, written by every formatter service installed (taken and let go live). */
@Component(service = {PriceLists.class, PriceListService.class}, configurationPid = PricingConfig.PID)
@Designate(ocd = PricingConfig.class)
public final class PricingService implements PriceListService {

    private final Formatters formatters = new Formatters();
    private final ClientTerms clients;
    private final Builds builds;
    private final ExecutorService pool;

    @Activate
    public PricingService(@Reference CatalogStore catalog, @Reference ClientDirectory directory,
            @Reference DiscountTypes discounts, BundleContext context, PricingConfig config) {
        this.clients = new ClientTerms(directory, discounts, formatters, ClientTerms.formatOrder(config.formats_default()));
        this.builds = new Builds(catalog, OptovikHome.of(context).resolve("pricelists"), config.supplier());
        int threads = config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "optovik-pricelists");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void stop() {
        pool.shutdownNow();
    }

    @Reference(service = PriceListFormatter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFormatter(ServiceReference<PriceListFormatter> ref, PriceListFormatter formatter) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        PriceListFormat format = new PriceListFormat(formatter.id(), formatter.displayName(), formatter.mediaType(),
                formatter.fileExtension(), ref.getBundle().getSymbolicName(), ref.getBundle().getVersion().toString());
        formatters.add(new Formatters.Installed((Long) ref.getProperty(Constants.SERVICE_ID),
                ranking instanceof Integer i ? i : 0, formatter, format));
    }

    void removeFormatter(ServiceReference<PriceListFormatter> ref) {
        formatters.remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    @Override
    public List<PriceListFormat> formats() {
        return formatters.all().stream().map(Formatters.Installed::format).toList();
    }

    @Override
    public Optional<PriceListFile> build(long clientId, String formatId) throws PriceListException {
        ClientTerms.Prepared client = clients.prepare(clientId);
        List<Formatters.Installed> chosen = clients.formats(client.client(), formatId);
        return file(client, chosen.get(0), builds.state());
    }

    @Override
    public PriceList preview(long clientId) throws PriceListException {
        return builds.model(clients.prepare(clientId).terms(), builds.state());
    }

    @Override
    public List<ClientLists> buildAll(List<Client> all, String formatId) throws PriceListException {
        Builds.CatalogState state = builds.state();
        // one job per distinct terms: they run in parallel, each writing its formats from one model
        Map<String, List<ClientTerms.Prepared>> byTerms = new LinkedHashMap<>();
        Map<Long, String> errors = new LinkedHashMap<>();
        Map<Long, ru.krek.optovik.api.client.DiscountType> types = clients.discountTypes();
        Map<Long, ClientTerms.Prepared> prepared = new java.util.HashMap<>();
        for (Client c : all) {
            try {
                ClientTerms.Prepared p = clients.prepare(c, types);
                prepared.put(c.id(), p);
                byTerms.computeIfAbsent(p.terms().key(), k -> new ArrayList<>()).add(p);
            } catch (PriceListException e) {
                errors.put(c.id(), e.getMessage());
            }
        }
        List<Future<?>> jobs = new ArrayList<>();
        for (List<ClientTerms.Prepared> group : byTerms.values()) {
            jobs.add(pool.submit(() -> {
                for (ClientTerms.Prepared p : group) {
                    for (Formatters.Installed f : clients.formats(p.client(), formatId)) {
                        builds.file(p.terms(), state, f); // the group's first client builds, the rest find it
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            try {
                job.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // the same failure comes again, per client, below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PriceListException("interrupted", e);
            }
        }
        List<ClientLists> out = new ArrayList<>();
        for (Client c : all) {
            out.add(results(prepared.get(c.id()), c, formatId, state, errors.get(c.id())));
        }
        return out;
    }

    private ClientLists results(ClientTerms.Prepared p, Client c, String formatId, Builds.CatalogState state, String error) {
        if (error != null) {
            return new ClientLists(c, List.of(), error);
        }
        try {
            List<PriceListFile> files = new ArrayList<>();
            for (Formatters.Installed f : clients.formats(c, formatId)) {
                file(p, f, state).ifPresent(files::add);
            }
            return new ClientLists(c, files, null);
        } catch (PriceListException e) {
            return new ClientLists(c, List.of(), e.getMessage());
        }
    }

    private Optional<PriceListFile> file(ClientTerms.Prepared client, Formatters.Installed formatter, Builds.CatalogState state)
            throws PriceListException {
        BuiltFile built = builds.file(client.terms(), state, formatter);
        if (built.path() == null) {
            return Optional.empty();
        }
        String name = FileNames.download(client.client().details().company(), built.date(),
                formatter.format().fileExtension());
        return Optional.of(new PriceListFile(built.path(), name, formatter.format(), built.lines(), built.leftOut()));
    }
}
