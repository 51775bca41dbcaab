package ru.krek.optovik.pricing.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.CatalogStore;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.pricelist.ClientPrices;
import ru.krek.optovik.api.pricelist.ClientPricing;
import ru.krek.optovik.api.pricelist.PriceListException;

/** A client's price of one offer, through the same {@link Discount} the price lists use. */
@Component(service = ClientPrices.class)
public final class ClientPricesService implements ClientPrices {

    /** The group tree changes only with an import: kept until the last import run differs. */
    private record Cached(Optional<ImportRun> lastRun, GroupTree tree) {
    }

    private final CatalogStore catalog;
    private final ClientTerms clients;
    private volatile Cached cached;

    @Activate
    public ClientPricesService(@Reference CatalogStore catalog, @Reference ClientDirectory directory,
            @Reference DiscountTypes discounts) {
        this.catalog = catalog;
        // formats are not asked for here: no formatters needed
        this.clients = new ClientTerms(directory, discounts, new Formatters(), List.of());
    }

    @Override
    public ClientPricing of(long clientId) throws PriceListException {
        Terms terms = clients.prepare(clientId).terms();
        try {
            return pricing(terms, tree());
        } catch (CatalogImportException e) {
            throw new PriceListException(e.getMessage(), e);
        }
    }

    /** Notifications ask once per client: the catalog's groups are read once per import, not per client. */
    private GroupTree tree() throws CatalogImportException {
        Optional<ImportRun> last = catalog.run(null);
        Cached c = cached;
        if (c == null || !Objects.equals(c.lastRun(), last)) {
            c = new Cached(last, new GroupTree(catalog.groups()));
            cached = c;
        }
        return c.tree();
    }

    static ClientPricing pricing(Terms terms, GroupTree tree) {
        Discount discount = new Discount(terms.discount(), tree.parents());
        String priceType = terms.discount().priceTypeId();
        return new ClientPricing() {
            @Override
            public String priceTypeId() {
                return priceType;
            }

            @Override
            public BigDecimal price(BigDecimal base, String groupId) {
                return discount.price(base, groupId);
            }
        };
    }
}
