package ru.krek.optovik.jobs.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogChange;
import ru.krek.optovik.api.catalog.CatalogChange.Kind;

class ChangeDigestTest {

    private static CatalogChange price(long run, String offer, String type, String before, String after) {
        return new CatalogChange(run, Kind.PRICE, offer, "Резистор " + offer, type, "Опт", new BigDecimal(before),
                new BigDecimal(after));
    }

    private static CatalogChange stock(long run, Kind kind, String offer, String before, String after) {
        return new CatalogChange(run, kind, offer, "Конденсатор " + offer, null, null, new BigDecimal(before),
                new BigDecimal(after));
    }

    private static CatalogChange presence(long run, Kind kind, String offer) {
        return new CatalogChange(run, kind, offer, "Диод " + offer, null, null, null, null);
    }

    private static Notice notice(Kind kind, String offer, String name, String type, String before, String after) {
        return new Notice(kind, offer, name, type, before == null ? null : new BigDecimal(before),
                after == null ? null : new BigDecimal(after));
    }

    @Test
    void aPriceThatWentUpAndCameBackIsNotTold() {
        assertEquals(List.of(), ChangeDigest.merge(List.of(price(1, "r1", "opt", "10.00", "12.00"),
                price(2, "r1", "opt", "12.00", "10.00"))));
    }

    @Test
    void severalPriceChangesMergeToTheirNetChangePerPriceType() {
        List<Notice> net = ChangeDigest.merge(List.of(price(1, "r1", "opt", "10", "12"), price(1, "r1", "retail", "20", "21"),
                price(2, "r1", "opt", "12", "11"), price(3, "r1", "opt", "11", "15")));
        assertEquals(List.of(notice(Kind.PRICE, "r1", "Резистор r1", "opt", "10", "15"),
                notice(Kind.PRICE, "r1", "Резистор r1", "retail", "20", "21")), net);
        assertEquals(Optional.of(new BigDecimal("50.0")), net.get(0).percent());
    }

    @Test
    void stockThatSoldOutAndArrivedAgainIsNotToldButANetArrivalIs() {
        assertEquals(List.of(), ChangeDigest.merge(List.of(stock(1, Kind.SOLDOUT, "c1", "5", "0"),
                stock(2, Kind.ARRIVAL, "c1", "0", "3"))));
        assertEquals(List.of(notice(Kind.ARRIVAL, "c1", "Конденсатор c1", null, "0", "7")),
                ChangeDigest.merge(List.of(stock(1, Kind.ARRIVAL, "c1", "0", "2"), stock(2, Kind.SOLDOUT, "c1", "2", "0"),
                        stock(3, Kind.ARRIVAL, "c1", "0", "7"))));
    }

    @Test
    void goneAndBackCancelOutAndANewOfferIsToldOnlyAsNew() {
        assertEquals(List.of(), ChangeDigest.merge(List.of(presence(1, Kind.GONE, "d1"), presence(2, Kind.BACK, "d1"))));
        assertEquals(List.of(), ChangeDigest.merge(List.of(presence(1, Kind.NEW, "d2"), price(2, "d2", "opt", "1", "2"),
                presence(3, Kind.GONE, "d2"))), "new and gone within the digest: nothing to tell");
        assertEquals(List.of(notice(Kind.NEW, "d3", "Диод d3", null, null, null)),
                ChangeDigest.merge(List.of(presence(1, Kind.NEW, "d3"), price(2, "d3", "opt", "1", "2"),
                        stock(2, Kind.ARRIVAL, "d3", "0", "4"))));
        assertEquals(List.of(notice(Kind.GONE, "d4", "Диод d4", null, null, null)),
                ChangeDigest.merge(List.of(presence(1, Kind.GONE, "d4"), presence(2, Kind.BACK, "d4"),
                        presence(3, Kind.GONE, "d4"))));
    }

    @Test
    void aClientSeesItsGroupsAtItsOwnPricesAndNotChangesItsRoundingHides() {
        ChangeDigest.ClientView client = new ChangeDigest.ClientView() {
            @Override
            public boolean sees(String offerId) {
                return Set.of("r1", "r2", "r3", "d1").contains(offerId);
            }

            @Override
            public Optional<BigDecimal> price(String offerId, String priceTypeId, BigDecimal catalogPrice) {
                // 10 % off the wholesale price, whole roubles; the retail price is not the client's
                return priceTypeId.equals("opt")
                        ? Optional.of(catalogPrice.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.HALF_UP))
                        : Optional.empty();
            }
        };
        List<Notice> told = ChangeDigest.forClient(List.of(price(1, "r1", "opt", "100", "120"),
                price(1, "r2", "opt", "100.00", "100.40"), price(1, "r3", "retail", "100", "200"),
                price(1, "x9", "opt", "100", "300"), presence(1, Kind.NEW, "d1"), presence(1, Kind.NEW, "x8")), client);
        assertEquals(List.of(notice(Kind.NEW, "d1", "Диод d1", null, null, null),
                notice(Kind.PRICE, "r1", "Резистор r1", "opt", "90", "108")), told);
        assertEquals(Optional.of(new BigDecimal("20.0")), told.get(1).percent());
    }
}
