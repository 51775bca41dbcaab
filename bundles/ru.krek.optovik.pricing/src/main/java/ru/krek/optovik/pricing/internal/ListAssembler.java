package ru.krek.optovik.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ru.krek.optovik.api.catalog.CatalogOffer;
import ru.krek.optovik.api.catalog.PriceType;
import ru.krek.optovik.api.catalog.Warehouse;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListHeader;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/**
 * Takes the catalog's offers for one set of terms, in any group order, and makes the list: priced lines
 * under the covered groups, depth first in catalog order, with the offers that had no price counted.
 */
final class ListAssembler implements Consumer<CatalogOffer> {

    private final Terms terms;
    private final GroupTree tree;
    private final PriceType priceType;
    private final String currency;
    private final List<Warehouse> warehouses;
    private final Discount discount;
    private final Map<String, Integer> covered;
    private final Map<String, List<PriceListLine>> lines = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private int leftOut;

    ListAssembler(Terms terms, GroupTree tree, PriceType priceType, List<Warehouse> warehouses) {
        this.terms = terms;
        this.tree = tree;
        this.priceType = priceType;
        this.currency = priceType.currency() == null ? "RUB" : priceType.currency();
        this.warehouses = terms.stock() == StockView.PER_WAREHOUSE ? warehouses : List.of();
        this.discount = new Discount(terms.discount(), tree.parents());
        this.covered = tree.covered(terms.groups());
    }

    @Override
    public void accept(CatalogOffer offer) {
        if (!covered.containsKey(offer.groupId()) || !seen.add(offer.id())) {
            return; // a product in two groups is listed once, under the first
        }
        if (terms.inStockOnly() && (offer.stock() == null || offer.stock().signum() <= 0)) {
            return;
        }
        // no price in the type, or one in another currency (nothing converts it): left out, and counted
        if (offer.price() == null || offer.price().currency() != null && !offer.price().currency().equals(currency)) {
            leftOut++;
            return;
        }
        List<BigDecimal> byWarehouse = new ArrayList<>(warehouses.size());
        for (Warehouse w : warehouses) {
            byWarehouse.add(offer.stockByWarehouse().get(w.id()));
        }
        String unit = offer.price().unit() != null ? offer.price().unit() : offer.unit();
        lines.computeIfAbsent(offer.groupId(), g -> new ArrayList<>()).add(new PriceListLine(offer.id(), offer.article(),
                offer.name(), offer.manufacturer(), unit, discount.price(offer.price().amount(), offer.groupId()),
                offer.stock(), byWarehouse));
    }

    PriceList list(String supplier, LocalDate date) {
        List<String> ids = new ArrayList<>(covered.keySet());
        // a section shows when it or a group below it has lines: walk backwards, marking parents
        boolean[] shown = new boolean[ids.size()];
        for (int i = ids.size() - 1; i >= 0; i--) {
            shown[i] |= lines.containsKey(ids.get(i));
            if (shown[i]) {
                int level = covered.get(ids.get(i));
                for (int j = i - 1; j >= 0 && level > 0; j--) {
                    if (covered.get(ids.get(j)) < level) {
                        shown[j] = true;
                        level = covered.get(ids.get(j));
                    }
                }
            }
        }
        List<PriceListSection> sections = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (shown[i]) {
                String id = ids.get(i);
                sections.add(new PriceListSection(id, tree.name(id), covered.get(id), lines.getOrDefault(id, List.of())));
            }
        }
        PriceListHeader header = new PriceListHeader(supplier, date, terms.discount().name(),
                priceType.name() == null ? priceType.id() : priceType.name(), currency, priceType.vatIncluded(),
                terms.groups().stream().map(tree::name).toList(), terms.inStockOnly(),
                warehouses.stream().map(w -> w.name() == null ? w.id() : w.name()).toList(), leftOut);
        return new PriceList(header, sections);
    }
}
