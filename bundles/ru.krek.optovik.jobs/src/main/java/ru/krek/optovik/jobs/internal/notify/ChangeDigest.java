package ru.krek.optovik.jobs.internal.notify;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogChange.Kind;

/**
 * What a client is told about one or more imports: their changes merged to the net effect per offer
 * (a price that went up and came back, an offer that went and came back, appear not at all), then
 * kept to the client's groups and shown at the client's own prices. Pure: the caller supplies the
 * changes (CatalogStore.changes(run) for each run, oldest run first), where offers belong and how
 * the client's prices follow from the catalog's.
 */
public final class ChangeDigest {

    /** The client's side of a digest. */
    public interface ClientView {

        /** Whether the offer is in one of the client's groups. */
        boolean sees(String offerId);

        /**
         * The client's price from a catalog price of a price type (discount and rounding applied);
         * empty when the client's terms do not use that price type.
         */
        Optional<BigDecimal> price(String offerId, String priceTypeId, BigDecimal catalogPrice);
    }

    private ChangeDigest() {
    }

    /** The net change per offer (per offer and price type for prices), in the order first seen. */
    public static List<Notice> merge(Collection<CatalogChange> changes) {
        Map<String, Notice> prices = new LinkedHashMap<>();
        Map<String, Notice> stock = new LinkedHashMap<>();
        Map<String, Notice> presence = new LinkedHashMap<>(); // NEW, GONE, BACK
        Set<String> appeared = new HashSet<>(); // new within these imports: told as new (or not at all), no history
        for (CatalogChange c : changes) {
            if (c.kind() == Kind.NEW) {
                appeared.add(c.offerId());
            }
            switch (c.kind()) {
                case PRICE -> prices.merge(c.offerId() + "\u0000" + c.priceTypeId(), notice(c),
                        (first, last) -> span(first, last, Kind.PRICE));
                case ARRIVAL, SOLDOUT -> stock.merge(c.offerId(), notice(c), (first, last) -> span(first, last,
                        inStock(last.newValue()) ? Kind.ARRIVAL : Kind.SOLDOUT));
                case NEW, GONE, BACK -> presence.merge(c.offerId(), notice(c), ChangeDigest::presence);
            }
        }
        List<Notice> net = new ArrayList<>();
        presence.values().stream().filter(n -> n.kind() != null).forEach(net::add);
        prices.values().stream().filter(n -> !appeared.contains(n.offerId()))
                .filter(n -> !same(n.oldValue(), n.newValue())).forEach(net::add);
        stock.values().stream().filter(n -> !appeared.contains(n.offerId()))
                .filter(n -> inStock(n.oldValue()) != inStock(n.newValue())).forEach(net::add);
        return net;
    }

    /** The merged changes a client sees, at the client's prices; price changes its terms hide are left out. */
    public static List<Notice> forClient(Collection<CatalogChange> changes, ClientView client) {
        List<Notice> seen = new ArrayList<>();
        for (Notice n : merge(changes)) {
            if (!client.sees(n.offerId())) {
                continue;
            }
            if (n.kind() != Kind.PRICE) {
                seen.add(n);
                continue;
            }
            Optional<BigDecimal> before = client.price(n.offerId(), n.priceTypeId(), n.oldValue());
            Optional<BigDecimal> after = client.price(n.offerId(), n.priceTypeId(), n.newValue());
            if (before.isPresent() && after.isPresent() && !same(before.get(), after.get())) {
                seen.add(new Notice(Kind.PRICE, n.offerId(), n.name(), n.priceTypeId(), before.get(), after.get()));
            }
        }
        return seen;
    }

    private static Notice notice(CatalogChange c) {
        return new Notice(c.kind(), c.offerId(), c.name(), c.priceTypeId(), c.oldValue(), c.newValue());
    }

    /** From the first change's before to the last one's after, under the last name. */
    private static Notice span(Notice first, Notice last, Kind kind) {
        return new Notice(kind, first.offerId(), last.name(), first.priceTypeId(), first.oldValue(), last.newValue());
    }

    /**
     * Appearing and leaving cancel out: NEW then GONE, GONE then BACK, BACK then GONE leave nothing
     * (kind null); anything after nothing starts afresh.
     */
    private static Notice presence(Notice first, Notice last) {
        if (first.kind() == null) {
            return last;
        }
        boolean cancels = (first.kind() == Kind.NEW || first.kind() == Kind.BACK) && last.kind() == Kind.GONE
                || first.kind() == Kind.GONE && last.kind() == Kind.BACK;
        return cancels ? new Notice(null, first.offerId(), last.name(), null, null, null) : last;
    }

    private static boolean inStock(BigDecimal quantity) {
        return quantity != null && quantity.signum() > 0;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
