package ru.krek.optovik.itest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.catalog.CatalogGroup;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.ClientStatus;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.Rounding;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.api.pricelist.PriceLists;

/** A generated catalog, the tests' text formatter, and helpers to make clients and read what they get. */
final class PriceListFixture {

    final ClientFixture clients;
    final PriceLists lists;
    final ServiceRegistration<PriceListFormatter> text;
    private int emails;

    PriceListFixture(String name, long seed) throws Exception {
        clients = ClientFixture.withCatalog(name, seed);
        lists = OptovikFramework.service(PriceLists.class);
        text = OptovikFramework.context().registerService(PriceListFormatter.class, new TextFormatter(), null);
        OptovikFramework.await("the text formatter", () -> lists.formats().stream().anyMatch(f -> f.id().equals("text")));
    }

    void close() {
        text.unregister();
    }

    List<String> priceTypes() throws Exception {
        return clients.catalog.catalog.priceTypes().stream().map(t -> t.id()).sorted().toList();
    }

    long discount(String name, String priceType, String percent, Map<String, BigDecimal> groups, Rounding rounding)
            throws Exception {
        return clients.discounts.add(new DiscountType(0, name, priceType, percent == null ? null : new BigDecimal(percent),
                groups, rounding)).id();
    }

    long client(String company, Groups groups, long discount, boolean inStockOnly, StockView stock) throws Exception {
        ClientOptions options = new ClientOptions(List.of("text"), inStockOnly, stock, PriceListFrequency.EACH_IMPORT,
                NotifyFrequency.INSTANT);
        return clients.directory.add(new NewClient(ClientFixture.details(company, "7707083893", "client" + (++emails)
                + "-" + System.nanoTime() + "@example.ru"), ClientStatus.ACTIVE, groups, options, discount, null)).id();
    }

    TextList list(long client) throws Exception {
        return TextList.read(lists.build(client, "text").orElseThrow(() -> new AssertionError("no list for " + client)).path());
    }

    /** Offer Ид → its price in the type, straight from the catalog's table. */
    static Map<String, BigDecimal> prices(String priceType) throws Exception {
        Map<String, BigDecimal> prices = new HashMap<>();
        for (String row : ClientFixture.column("select o.id || ' ' || c.amount from catalog_price c "
                + "join catalog_offer o on o.offer_no = c.offer_no where c.price_type_id = ?", priceType)) {
            String[] cells = row.split(" ");
            prices.put(cells[0], new BigDecimal(cells[1]));
        }
        return prices;
    }

    /** The group and every group below it. */
    Set<String> subtree(String group) throws Exception {
        List<CatalogGroup> all = clients.catalog.catalog.groups();
        Set<String> out = new HashSet<>(Set.of(group));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CatalogGroup g : all) {
                if (g.parentId() != null && out.contains(g.parentId()) && out.add(g.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }
}
