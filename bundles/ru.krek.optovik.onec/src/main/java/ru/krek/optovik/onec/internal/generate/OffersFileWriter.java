package ru.krek.optovik.onec.internal.generate;

import java.io.OutputStream;
import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import ru.krek.optovik.onec.internal.generate.ProductPlan.OfferPlan;

/**
 * offers.xml: the offer package with prices in all three price types and stock per warehouse
 * (Остатки), counting as it writes how the next export differs from the first.
 */
final class OffersFileWriter {

    /** What was written and what changed, for the summary. */
    record Counts(int offers, int prices, GenerationSummary.Changes changes) {
    }

    private final CatalogFrame frame;
    private final ExportPlan plan;

    OffersFileWriter(CatalogFrame frame, ExportPlan plan) {
        this.frame = frame;
        this.plan = plan;
    }

    Counts write(OutputStream out) throws Exception {
        int[] n = new int[9]; // offers, prices, ups, downs, arrivals, soldouts, new, gone, absent products
        try (CmlWriter w = new CmlWriter(out)) {
            w.root(CatalogFrame.SCHEMA_VERSION, CatalogFrame.date(plan.next));
            w.start("ПакетПредложений");
            w.attr("СодержитТолькоИзменения", "false");
            w.leaf("Ид", frame.catalogId() + "#");
            w.leaf("Наименование", "Пакет предложений (" + CatalogFrame.CATALOG_NAME + ")");
            w.leaf("ИдКаталога", frame.catalogId());
            w.leaf("ИдКлассификатора", frame.catalogId());
            CatalogFrame.owner(w, plan.seed);
            frame.priceTypes(w);
            frame.warehouses(w);
            w.start("Предложения");
            plan.forEach((p, fate, added) -> {
                if (fate != ProductPlan.Fate.PRESENT) {
                    n[7] += p.variantCount;
                    n[8] += fate == ProductPlan.Fate.ABSENT ? 1 : 0;
                    return;
                }
                for (int v = 0; v < p.variantCount; v++) {
                    OfferPlan now = p.offer(v, plan.next && !added);
                    offer(w, p, now);
                    n[0]++;
                    n[1] += now.prices().length;
                    if (added) {
                        n[6]++;
                    } else if (plan.next) {
                        compare(p.offer(v, false), now, n);
                    }
                }
            });
            w.end();
            w.end();
        }
        return new Counts(n[0], n[1], new GenerationSummary.Changes(n[2], n[3], n[4], n[5], n[6], n[7], n[8]));
    }

    private static void compare(OfferPlan before, OfferPlan now, int[] n) {
        int price = now.prices()[0].compareTo(before.prices()[0]);
        n[2] += price > 0 ? 1 : 0;
        n[3] += price < 0 ? 1 : 0;
        n[4] += before.total() == 0 && now.total() > 0 ? 1 : 0;
        n[5] += before.total() > 0 && now.total() == 0 ? 1 : 0;
    }

    private void offer(CmlWriter w, ProductPlan p, OfferPlan o) throws XMLStreamException {
        w.start("Предложение");
        w.leaf("Ид", o.id());
        w.leaf("Штрихкод", p.barcode);
        w.leaf("Артикул", p.part.article());
        w.leaf("Наименование", o.characteristicValue() == null ? p.part.name()
                : p.part.name() + " (" + o.characteristicValue() + ")");
        ImportFileWriter.Units.base(w);
        if (o.characteristicValue() != null) {
            w.start("ХарактеристикиТовара");
            w.start("ХарактеристикаТовара");
            w.leaf("Наименование", p.family.characteristic());
            w.leaf("Значение", o.characteristicValue());
            w.end();
            w.end();
        }
        w.start("Цены");
        for (int k = 0; k < o.prices().length; k++) {
            BigDecimal amount = o.prices()[k];
            w.start("Цена");
            w.leaf("Представление", amount.toPlainString().replace('.', ',') + " RUB за шт");
            w.leaf("ИдТипаЦены", frame.priceTypeId(k));
            w.leaf("ЦенаЗаЕдиницу", amount.toPlainString());
            w.leaf("Валюта", "RUB");
            w.leaf("Единица", "шт");
            w.leaf("Коэффициент", "1");
            w.end();
        }
        w.end();
        w.leaf("Количество", Integer.toString(o.total()));
        w.start("Остатки");
        for (int k = 0; k < o.stock().length; k++) {
            w.start("Остаток");
            w.start("Склад");
            w.leaf("Ид", frame.warehouseId(k));
            w.leaf("Количество", Integer.toString(o.stock()[k]));
            w.end();
            w.end();
        }
        w.end();
        w.end();
    }
}
