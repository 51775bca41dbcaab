package ru.krek.optovik.notify.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.pricelist.ClientPricing;

/**
 * Folds the change records of one or several imports into what one client is told: only offers in the
 * client's groups, prices at the client's own price, and every offer's net change from the first import to
 * the last, so a price that went up and came back, or a sell-out followed by an arrival, says nothing.
 * Pure: the caller gives the groups and the client's terms.
 */
final class ChangeMerger {

    private static final Comparator<Notices.Line> BY_NAME = Comparator.comparing(Notices.Line::name,
            String.CASE_INSENSITIVE_ORDER).thenComparing(Notices.Line::offerId);

    private ChangeMerger() {
    }

    /**
     * @param changes in the order the imports ran (each import's own order within)
     * @param groupOf an offer's group among the client's (the one its discount is taken for); null when the
     *                offer is in none of them
     * @param pricing the client's terms; null when the client has none (then no price changes are told)
     */
    static Notices merge(List<CatalogChange> changes, Function<String, String> groupOf, ClientPricing pricing) {
        Map<String, Track> tracks = new LinkedHashMap<>();
        for (CatalogChange change : changes) {
            String group = groupOf.apply(change.offerId());
            if (group != null) {
                tracks.computeIfAbsent(change.offerId(), id -> new Track(id, group)).add(change, pricing);
            }
        }
        List<Notices.Line> arrivals = new ArrayList<>();
        List<Notices.Line> added = new ArrayList<>();
        List<Notices.Line> prices = new ArrayList<>();
        List<Notices.Line> soldOut = new ArrayList<>();
        List<Notices.Line> gone = new ArrayList<>();
        List<Notices.Line> back = new ArrayList<>();
        for (Track t : tracks.values()) {
            Notices.Line plain = new Notices.Line(t.offerId, t.name, null, null);
            if (Boolean.FALSE.equals(t.presentAfter)) {
                if (!t.isNew && Boolean.TRUE.equals(t.presentBefore)) {
                    gone.add(plain); // new and gone within the period: the client never saw it
                }
                continue;
            }
            if (t.isNew) {
                added.add(plain); // its price and stock are the list's news, not changes
                continue;
            }
            if (Boolean.FALSE.equals(t.presentBefore)) {
                back.add(plain);
            }
            if (t.stockBefore != null && !t.stockBefore.equals(t.stockAfter)) {
                (t.stockAfter ? arrivals : soldOut).add(plain);
            }
            if (t.oldBase != null && t.newBase != null) {
                BigDecimal before = pricing.price(t.oldBase, t.group);
                BigDecimal after = pricing.price(t.newBase, t.group);
                if (before.compareTo(after) != 0) {
                    prices.add(new Notices.Line(t.offerId, t.name, before, after));
                }
            }
        }
        for (List<Notices.Line> section : List.of(arrivals, added, prices, soldOut, gone, back)) {
            section.sort(BY_NAME);
        }
        return new Notices(arrivals, added, prices, soldOut, gone, back);
    }

    /** One offer's first "before" and last "after" of each thing that can change. */
    private static final class Track {
        final String offerId;
        final String group;
        String name = "";
        boolean isNew;
        Boolean presentBefore;
        Boolean presentAfter;
        Boolean stockBefore;
        Boolean stockAfter;
        boolean priceSeen;
        BigDecimal oldBase;
        BigDecimal newBase;

        Track(String offerId, String group) {
            this.offerId = offerId;
            this.group = group;
        }

        void add(CatalogChange c, ClientPricing pricing) {
            if (c.name() != null && !c.name().isBlank()) {
                name = c.name();
            }
            switch (c.kind()) {
                case NEW -> {
                    isNew = true;
                    presence(false, true);
                }
                case GONE -> presence(true, false);
                case BACK -> presence(false, true);
                case ARRIVAL -> stock(false, true);
                case SOLDOUT -> stock(true, false);
                case PRICE -> {
                    // only the price type the client's prices come from
                    if (pricing != null && pricing.priceTypeId().equals(c.priceTypeId()) && c.newValue() != null) {
                        if (!priceSeen) {
                            oldBase = c.oldValue(); // null: the price is new, not changed
                            priceSeen = true;
                        }
                        newBase = c.newValue();
                    }
                }
            }
        }

        private void presence(boolean before, boolean after) {
            if (presentBefore == null) {
                presentBefore = before;
            }
            presentAfter = after;
        }

        private void stock(boolean before, boolean after) {
            if (stockBefore == null) {
                stockBefore = before;
            }
            stockAfter = after;
        }
    }
}
