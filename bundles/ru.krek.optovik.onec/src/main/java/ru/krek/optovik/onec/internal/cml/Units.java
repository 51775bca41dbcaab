package ru.krek.optovik.onec.internal.cml;

import java.util.Map;

/**
 * A base unit as people read it. 1C writes БазоваяЕдиница as "шт" with attributes, as attributes
 * only, or (UT 11) as a bare OKEI code; a price list needs "шт", not "796".
 */
final class Units {

    /** The OKEI codes a distributor meets; the classifier's ЕдиницыИзмерения covers the rest. */
    private static final Map<String, String> OKEI = Map.of(
            "796", "шт", "006", "м", "166", "кг", "163", "г", "112", "л", "778", "упак", "715", "пар",
            "704", "набор", "055", "м2", "018", "пог. м");

    private Units() {
    }

    /**
     * @param text      the element's own text
     * @param fullName  НаименованиеПолное
     * @param intlShort МеждународноеСокращение
     * @param code      Код
     * @param declared  code → short name from this file's classifier (ЕдиницыИзмерения)
     */
    static String readable(String text, String fullName, String intlShort, String code, Map<String, String> declared) {
        if (text != null) {
            return codeName(text, declared, text);
        }
        if (fullName != null && !fullName.isEmpty()) {
            return fullName;
        }
        if (code != null && !code.isEmpty()) {
            String named = codeName(code, declared, null);
            if (named != null) {
                return named;
            }
        }
        if (intlShort != null && !intlShort.isEmpty()) {
            return intlShort;
        }
        return code == null || code.isEmpty() ? null : code;
    }

    private static String codeName(String code, Map<String, String> declared, String otherwise) {
        String name = declared.get(code);
        if (name == null) {
            name = OKEI.get(code);
        }
        return name != null ? name : otherwise;
    }
}
