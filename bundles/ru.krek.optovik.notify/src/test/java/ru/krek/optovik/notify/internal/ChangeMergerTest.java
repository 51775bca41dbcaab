package ru.krek.optovik.notify.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogChange.Kind;
import ru.krek.optovik.api.pricelist.ClientPricing;

class ChangeMergerTest {

    /** Offers r1, r2 in the client's group "r" (10 % off, rounded to roubles); c1 in group "c", not the client's. */
    private static final Map<String, String> GROUPS = Map.of("r1", "r", "r2", "r");

    private static final ClientPricing TEN_OFF = new ClientPricing() {
        @Override
        public String priceTypeId() {
            return "opt";
        }

        @Override
        public BigDecimal price(BigDecimal base, String groupId) {
            return base.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP);
        }
    };

    private static CatalogChange change(long run, Kind kind, String offer) {
        return new CatalogChange(run, kind, offer, "Резистор " + offer, null, null, null, null);
    }

    private static CatalogChange price(long run, String offer, String type, String from, String to) {
        return new CatalogChange(run, Kind.PRICE, offer, "Резистор " + offer, type, type,
                from == null ? null : new BigDecimal(from), new BigDecimal(to));
    }

    private static Notices merge(CatalogChange... changes) {
        return ChangeMerger.merge(List.of(changes), GROUPS::get, TEN_OFF);
    }

    @Test
    void onlyTheClientsGroupsAndPriceTypeAtTheClientsPrice() {
        Notices n = merge(price(1, "r1", "opt", "100", "120"), price(1, "r1", "retail", "150", "170"),
                price(1, "c1", "opt", "10", "20"), change(1, Kind.NEW, "c1"), change(1, Kind.ARRIVAL, "r2"));
        assertEquals(1, n.prices().size());
        Notices.Line line = n.prices().get(0);
        assertEquals("r1", line.offerId());
        assertEquals(new BigDecimal("90"), line.oldPrice());
        assertEquals(new BigDecimal("108"), line.newPrice());
        assertEquals(new BigDecimal("20.0"), line.percent());
        assertEquals(List.of("r2"), n.arrivals().stream().map(Notices.Line::offerId).toList());
        assertTrue(n.added().isEmpty(), "c1 is not in the client's groups");
        assertEquals(2, n.size());
    }

    @Test
    void aPriceThatWentUpAndCameBackSaysNothingAndSeveralStepsGiveTheNetChange() {
        assertTrue(merge(price(1, "r1", "opt", "100", "120"), price(2, "r1", "opt", "120", "100")).isEmpty());
        Notices n = merge(price(1, "r1", "opt", "100", "120"), price(2, "r1", "opt", "120", "130"));
        assertEquals(new BigDecimal("90"), n.prices().get(0).oldPrice());
        assertEquals(new BigDecimal("117"), n.prices().get(0).newPrice());
    }

    @Test
    void aChangeTheClientsRoundingSwallowsIsNoChange() {
        assertTrue(merge(price(1, "r1", "opt", "100.00", "100.10")).isEmpty());
    }

    @Test
    void stockNetsOut() {
        assertTrue(merge(change(1, Kind.SOLDOUT, "r1"), change(2, Kind.ARRIVAL, "r1")).isEmpty());
        Notices n = merge(change(1, Kind.SOLDOUT, "r1"), change(2, Kind.ARRIVAL, "r1"), change(3, Kind.SOLDOUT, "r1"));
        assertEquals(List.of("r1"), n.soldOut().stream().map(Notices.Line::offerId).toList());
    }

    @Test
    void presenceNetsOutAndANewItemIsOnlyNew() {
        assertTrue(merge(change(1, Kind.GONE, "r1"), change(2, Kind.BACK, "r1")).isEmpty());
        assertTrue(merge(change(1, Kind.NEW, "r1"), change(2, Kind.GONE, "r1")).isEmpty(), "new and gone again");
        Notices n = merge(change(1, Kind.NEW, "r1"), price(2, "r1", "opt", "10", "20"), change(2, Kind.ARRIVAL, "r1"),
                change(1, Kind.GONE, "r2"));
        assertEquals(List.of("r1"), n.added().stream().map(Notices.Line::offerId).toList());
        assertEquals(List.of("r2"), n.gone().stream().map(Notices.Line::offerId).toList());
        assertEquals(2, n.size());
        Notices back = merge(change(1, Kind.BACK, "r1"), change(1, Kind.ARRIVAL, "r1"));
        assertEquals(1, back.back().size());
        assertEquals(1, back.arrivals().size());
        assertTrue(merge(change(1, Kind.GONE, "r1"), change(1, Kind.SOLDOUT, "r1")).soldOut().isEmpty(),
                "a gone item is gone, not sold out");
    }

    @Test
    void aClientWithoutTermsHearsNoPrices() {
        Notices n = ChangeMerger.merge(List.of(price(1, "r1", "opt", "100", "120"), change(1, Kind.ARRIVAL, "r1")),
                GROUPS::get, null);
        assertTrue(n.prices().isEmpty());
        assertEquals(1, n.arrivals().size());
    }

    @Test
    void aPriceThatAppearedIsNotAChange() {
        assertTrue(merge(price(1, "r1", "opt", null, "100")).isEmpty());
        assertTrue(merge(price(1, "r1", "opt", null, "100"), price(2, "r1", "opt", "100", "110")).isEmpty(),
                "the period began without a price: nothing to compare the net change with");
    }
}
