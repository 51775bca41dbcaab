package ru.krek.optovik.format.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import ru.krek.optovik.api.pricelist.PriceListHeader;

/**
 * The page and the table's columns for one list: A4 portrait while two warehouse columns leave the name
 * room, landscape beyond; the name column takes what the others leave.
 *
 * @param page   the page size
 * @param titles column headings
 * @param x      each column's left edge
 * @param widths each column's width
 */
record Columns(PDRectangle page, List<String> titles, float[] x, float[] widths) {

    static final float MARGIN = 28;
    /** Article, name, manufacturer, unit, price, stock; warehouses follow. */
    static final int NAME = 1;
    static final int FIRST_NUMBER = 4;
    private static final float[] FIXED = {62, 0, 72, 30, 58, 46};
    private static final float STOCK = 52;
    private static final float MIN_NAME = 150;

    static Columns of(PriceListHeader header) {
        int warehouses = header.warehouses().size();
        PDRectangle page = warehouses > 2 ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        float usable = page.getWidth() - 2 * MARGIN;
        float fixed = 0;
        for (float f : FIXED) {
            fixed += f;
        }
        // many warehouses share what is left, down to narrow columns, before the name goes below its minimum
        float stock = warehouses == 0 ? 0 : Math.max(30, Math.min(STOCK, (usable - fixed - MIN_NAME) / warehouses));
        float[] widths = new float[FIXED.length + warehouses];
        System.arraycopy(FIXED, 0, widths, 0, FIXED.length);
        for (int w = 0; w < warehouses; w++) {
            widths[FIXED.length + w] = stock;
        }
        widths[NAME] = Math.max(60, usable - fixed - stock * warehouses);
        float[] x = new float[widths.length];
        float left = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            x[c] = left;
            left += widths[c];
        }
        List<String> titles = new ArrayList<>(List.of("Артикул", "Наименование", "Производитель", "Ед.",
                header.currency() == null ? "Цена" : "Цена, " + header.currency(),
                warehouses > 0 ? "Остаток, всего" : "Остаток"));
        titles.addAll(header.warehouses());
        return new Columns(page, titles, x, widths);
    }

    float right() {
        return x[x.length - 1] + widths[widths.length - 1];
    }
}
