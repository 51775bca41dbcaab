package ru.krek.optovik.onec.internal.cml;

import java.util.Locale;
import java.util.Map;

/**
 * Currency names as 1C writes them ("руб.", "руб", "RUR", "643") mapped to ISO 4217 codes, so one
 * currency is one value in the store. Anything unrecognised is kept as written.
 */
final class Currencies {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("руб", "RUB"), Map.entry("руб.", "RUB"), Map.entry("рубль", "RUB"), Map.entry("rub", "RUB"),
            Map.entry("rur", "RUB"), Map.entry("643", "RUB"), Map.entry("р.", "RUB"), Map.entry("₽", "RUB"),
            Map.entry("usd", "USD"), Map.entry("840", "USD"), Map.entry("$", "USD"), Map.entry("долл", "USD"),
            Map.entry("долл.", "USD"), Map.entry("eur", "EUR"), Map.entry("978", "EUR"), Map.entry("евро", "EUR"),
            Map.entry("€", "EUR"), Map.entry("cny", "CNY"), Map.entry("156", "CNY"), Map.entry("юань", "CNY"));

    private Currencies() {
    }

    static String normalize(String written) {
        if (written == null) {
            return null;
        }
        String known = KNOWN.get(written.toLowerCase(Locale.ROOT));
        return known != null ? known : written;
    }
}
