package ru.krek.optovik.onec.internal.generate;

/**
 * Which products one export holds, in order: the first export's products until the offers reach the
 * requested count (the last product may lose a characteristic or two to hit it exactly); the next
 * export the same products, some now deleted or absent, then 2% new ones (none in the steady section).
 */
final class ExportPlan {

    /** Sees each product of the export once, in file order. */
    @FunctionalInterface
    interface Visitor {
        void visit(ProductPlan product, ProductPlan.Fate fate, boolean added) throws Exception;
    }

    final long seed;
    final boolean next;
    private final int firstProducts;
    private final int lastProductOffers;

    ExportPlan(GeneratorOptions options) {
        this.seed = options.seed();
        this.next = options.next();
        int offers = 0;
        int index = 0;
        int last = 0;
        while (offers < options.offers()) {
            last = Math.min(ProductPlan.naturalVariants(seed, index), options.offers() - offers);
            offers += last;
            index++;
        }
        this.firstProducts = index;
        this.lastProductOffers = last;
    }

    /** Products new in the next export: 2% of the first one's, at least one. */
    int addedProducts() {
        return next ? Math.max(1, firstProducts / 50) : 0;
    }

    void forEach(Visitor visitor) throws Exception {
        for (int i = 0; i < firstProducts; i++) {
            ProductPlan p = ProductPlan.of(seed, i, i == firstProducts - 1 ? lastProductOffers : Integer.MAX_VALUE);
            visitor.visit(p, next ? p.nextFate() : ProductPlan.Fate.PRESENT, false);
        }
        for (int i = firstProducts, added = 0; added < addedProducts(); i++) {
            ProductPlan p = ProductPlan.of(seed, i, Integer.MAX_VALUE);
            if (!p.steady()) {
                visitor.visit(p, ProductPlan.Fate.PRESENT, true);
                added++;
            }
        }
    }
}
