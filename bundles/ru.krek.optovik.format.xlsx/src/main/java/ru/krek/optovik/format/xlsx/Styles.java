package ru.krek.optovik.format.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, made once per workbook (a style per cell would overflow Excel's limit of
 * 64,000 styles). Number formats are locale-neutral codes: a Russian Excel shows 1 234,56.
 */
record Styles(CellStyle title, CellStyle text, CellStyle header, CellStyle[] groups, CellStyle line, CellStyle money,
        CellStyle wholeQuantity, CellStyle fractionalQuantity) {

    /** A group row's style: its name indented by its level (as far as the outline goes). */
    CellStyle group(int level) {
        return groups[Math.min(level, groups.length - 1)];
    }

    static Styles of(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        CellStyle title = workbook.createCellStyle();
        title.setFont(big);
        CellStyle text = workbook.createCellStyle();

        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        CellStyle[] groups = new CellStyle[PriceListSheet.MAX_OUTLINE + 1];
        for (int level = 0; level < groups.length; level++) {
            CellStyle group = workbook.createCellStyle();
            group.setFont(bold);
            group.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group.setAlignment(HorizontalAlignment.LEFT); // spreadsheets indent only left-aligned text
            group.setIndention((short) level);
            groups[level] = group;
        }

        CellStyle line = workbook.createCellStyle();
        CellStyle money = number(workbook, "#,##0.00");
        CellStyle whole = number(workbook, "#,##0");
        CellStyle fractional = number(workbook, "#,##0.000");
        return new Styles(title, text, header, groups, line, money, whole, fractional);
    }

    private static CellStyle number(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
