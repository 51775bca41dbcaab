package ru.krek.optovik.onec.internal.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import ru.krek.optovik.onec.internal.generate.Family.Part;

/**
 * One product of the synthetic catalog and its offers, derived from (seed, index) alone, in the first
 * export or in the next one. The next export changes a few prices up and down, brings goods in and
 * sells them out, and drops a few products (marked deleted, or just absent).
 */
final class ProductPlan {

    /** Share of all products split into offers by a characteristic. */
    static final double CHARACTERISTIC_SHARE = 0.10;
    /** Only some families have a characteristic, so those split more often to reach the share. */
    private static final double SPLIT_CHANCE = splitChance();

    enum Fate { PRESENT, DELETED, ABSENT }

    /** One sellable item: prices in the three price types and stock in the two warehouses. */
    record OfferPlan(String id, String characteristicValue, BigDecimal[] prices, int[] stock) {
        int total() {
            int t = 0;
            for (int s : stock) {
                t += s;
            }
            return t;
        }
    }

    final int index;
    final Family family;
    final Part part;
    final String id;
    final String code;
    final String barcode;
    final int variantCount;
    private final boolean characteristic;
    private final long seed;
    private final BigDecimal basePrice;

    private ProductPlan(long seed, int index, int variantCount) {
        this.seed = seed;
        this.index = index;
        this.variantCount = variantCount;
        this.characteristic = naturalVariants(seed, index) > 1;
        SplittableRandom r = Seeds.random(seed, Seeds.PART, index);
        this.family = pickFamily(r);
        this.part = family.maker().make(r);
        double lo = StrictMath.log(family.minPrice());
        double hi = StrictMath.log(family.maxPrice());
        this.basePrice = money(StrictMath.exp(lo + r.nextDouble() * (hi - lo)));
        this.id = Seeds.uuid(seed, Seeds.PRODUCT_ID, index);
        this.code = String.format("КР-%07d", index + 1);
        this.barcode = ean13(460_000_000_000L + index);
    }

    /** The product at this index with as many offers as its characteristic gives, capped at {@code limit}. */
    static ProductPlan of(long seed, int index, int limit) {
        return new ProductPlan(seed, index, Math.min(naturalVariants(seed, index), limit));
    }

    /** How many offers the product has by nature: 1, or 2–3 for one product in ten with a characteristic. */
    static int naturalVariants(long seed, int index) {
        SplittableRandom r = Seeds.random(seed, Seeds.SHAPE, index);
        boolean split = r.nextDouble() < SPLIT_CHANCE;
        SplittableRandom p = Seeds.random(seed, Seeds.PART, index);
        Family f = pickFamily(p);
        if (!split || f.characteristic() == null) {
            return 1;
        }
        return 2 + r.nextInt(Math.min(2, f.variants().length - 1));
    }

    /** Split into offers by a characteristic (even if the count cap left it one offer). */
    boolean hasCharacteristic() {
        return characteristic;
    }

    /** What becomes of this product in the next export. */
    Fate nextFate() {
        if (steady()) {
            return Fate.PRESENT;
        }
        double u = Seeds.random(seed, Seeds.NEXT, index).nextDouble();
        return u < 0.006 ? Fate.DELETED : u < 0.012 ? Fate.ABSENT : Fate.PRESENT;
    }

    /** Whether the next export leaves this product as it was (its section is {@link RadioCatalog#STEADY}). */
    boolean steady() {
        return family.path().equals(RadioCatalog.STEADY);
    }

    /** Offer v of the product in the first export (next = false) or the following one. */
    OfferPlan offer(int v, boolean next) {
        String offerId = hasCharacteristic() ? id + "#" + Seeds.uuid(seed, Seeds.VARIANT_ID, index * 8L + v) : id;
        String value = hasCharacteristic() ? family.variants()[v] : null;
        SplittableRandom r = Seeds.random(seed, Seeds.OFFER + v, index);
        BigDecimal retail = money(basePrice.doubleValue() * (1 + 0.04 * v));
        int scale = basePrice.doubleValue() < 5 ? 20_000 : basePrice.doubleValue() < 100 ? 2_000 : 200;
        int[] stock = new int[2];
        if (r.nextDouble() >= 0.15) {
            stock[0] = 1 + r.nextInt(scale);
            stock[1] = r.nextDouble() < 0.35 ? 0 : 1 + r.nextInt(scale / 2);
        }
        if (next && !steady()) {
            SplittableRandom n = Seeds.random(seed, Seeds.NEXT_OFFER + v, index);
            retail = nextPrice(retail, n);
            stock = nextStock(stock, n, scale);
        }
        return new OfferPlan(offerId, value, priceLadder(retail), stock);
    }

    /** 6% of prices move: half up 2–25%, half down 2–20%, always by at least a kopeck. */
    private static BigDecimal nextPrice(BigDecimal retail, SplittableRandom n) {
        if (n.nextDouble() >= 0.06) {
            return retail;
        }
        boolean up = n.nextBoolean() || retail.compareTo(new BigDecimal("0.05")) <= 0;
        double factor = up ? 1.02 + n.nextDouble() * 0.23 : 0.98 - n.nextDouble() * 0.18;
        BigDecimal moved = money(retail.doubleValue() * factor);
        if (moved.compareTo(retail) == 0) {
            moved = up ? retail.add(new BigDecimal("0.01")) : retail.subtract(new BigDecimal("0.01"));
        }
        return moved;
    }

    /** Goods out of stock arrive (40%), goods in stock sell out (5%) or move a little (30%). */
    private static int[] nextStock(int[] stock, SplittableRandom n, int scale) {
        int[] s = stock.clone();
        double u = n.nextDouble();
        if (s[0] + s[1] == 0) {
            if (u < 0.40) {
                s[0] = 1 + n.nextInt(scale);
            }
        } else if (u < 0.05) {
            s[0] = 0;
            s[1] = 0;
        } else if (u < 0.35) {
            s[0] = Math.max(0, s[0] + n.nextInt(scale / 4 + 1) - scale / 8);
            if (s[0] + s[1] == 0) {
                s[0] = 1;
            }
        }
        return s;
    }

    /** Розничная, Оптовая (−12%), Крупный опт (−20%). */
    private static BigDecimal[] priceLadder(BigDecimal retail) {
        return new BigDecimal[] {retail, atLeastKopeck(retail.multiply(new BigDecimal("0.88"))),
            atLeastKopeck(retail.multiply(new BigDecimal("0.80")))};
    }

    private static BigDecimal atLeastKopeck(BigDecimal v) {
        BigDecimal m = v.setScale(2, RoundingMode.HALF_UP);
        return m.signum() > 0 ? m : new BigDecimal("0.01");
    }

    private static BigDecimal money(double value) {
        return atLeastKopeck(BigDecimal.valueOf(value));
    }

    private static double splitChance() {
        int all = 0;
        int splittable = 0;
        for (Family f : RadioCatalog.FAMILIES) {
            all += f.weight();
            splittable += f.characteristic() == null ? 0 : f.weight();
        }
        return CHARACTERISTIC_SHARE * all / splittable;
    }

    private static Family pickFamily(SplittableRandom r) {
        int total = 0;
        for (Family f : RadioCatalog.FAMILIES) {
            total += f.weight();
        }
        int x = r.nextInt(total);
        for (Family f : RadioCatalog.FAMILIES) {
            x -= f.weight();
            if (x < 0) {
                return f;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** A valid EAN-13 from 12 digits: the check digit makes scanners accept it. */
    static String ean13(long twelveDigits) {
        String d = String.format("%012d", twelveDigits);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return d + (10 - sum % 10) % 10;
    }
}
