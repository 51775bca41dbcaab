package ru.krek.optovik.api.pricelist;

/**
 * Text from 1C or from a client, made safe for a spreadsheet cell: one rule every format (and every
 * CSV export) shares, so none of them can be the one that lets «=HYPERLINK(…)» through.
 */
public final class CellText {

    private CellText() {
    }

    /**
     * The text with a leading apostrophe when a spreadsheet would take it as a formula (it starts with
     * = + - @, a tab or a carriage return); anything else unchanged; null becomes "".
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
