package ru.krek.optovik.onec.internal.cml;

import java.math.BigDecimal;

/**
 * Numbers as 1C and people write them: "1 234,50", "1234.5", "-3". Spaces (also no-break and thin
 * ones) separate thousands; a comma or a point separates the fraction, one of them once. No exponents:
 * 1C never writes them, and "1E999999999" would only be a trap for whoever computes with it.
 */
final class Decimals {

    private static final int MAX_LENGTH = 40;

    private Decimals() {
    }

    /** The value, or null when the text is not such a number. */
    static BigDecimal parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        StringBuilder s = new StringBuilder(text.length());
        boolean separator = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                s.append(c);
            } else if (c == ',' || c == '.') {
                if (separator) {
                    return null;
                }
                separator = true;
                s.append('.');
            } else if ((c == '-' || c == '+') && s.length() == 0) {
                s.append(c);
            } else if (!Character.isSpaceChar(c) && !Character.isWhitespace(c)) {
                return null;
            }
        }
        try {
            return new BigDecimal(s.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
