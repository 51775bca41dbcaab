package ru.krek.optovik.catalog.internal;

import java.math.BigDecimal;

/**
 * What the catalog tables hold. A value beyond it is refused with a sentence naming the file, the
 * item and the field: cutting a name or rounding a price would store something 1C never sent.
 */
final class Limits {

    static final int ID = 200;
    static final int NAME = 1000;
    static final int ARTICLE = 200;
    static final int UNIT = 100;
    static final int MANUFACTURER = 500;
    static final int BARCODE = 200;
    static final int CHARACTERISTICS = 4000;
    static final int CURRENCY = 20;
    /** numeric(18, 6): six decimals, twelve digits before the point. */
    private static final int SCALE = 6;
    private static final int INTEGER_DIGITS = 12;

    private final String fileName;

    Limits(String fileName) {
        this.fileName = fileName;
    }

    String text(String value, int max, String item, String id, String field) {
        if (value != null && value.length() > max) {
            throw refuse(item, id, field + " длиннее " + max + " символов (" + value.length() + ")");
        }
        return value;
    }

    BigDecimal decimal(BigDecimal value, String item, String id, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > SCALE || plain.precision() - plain.scale() > INTEGER_DIGITS) {
            throw refuse(item, id, field + " " + value.toPlainString() + " не помещается в каталог (до "
                    + INTEGER_DIGITS + " цифр до запятой и " + SCALE + " после)");
        }
        return value;
    }

    private IllegalArgumentException refuse(String item, String id, String problem) {
        return new IllegalArgumentException("файл " + fileName + ": " + item + " «" + id + "»: " + problem);
    }
}
