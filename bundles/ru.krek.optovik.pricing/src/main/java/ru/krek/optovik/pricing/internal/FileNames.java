package ru.krek.optovik.pricing.internal;

import java.time.LocalDate;
import java.util.Locale;

/** Names of a client's files: Latin letters, digits and dashes, so every mail client and shell takes them. */
public final class FileNames {

    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"};

    private FileNames() {
    }

    /** «ООО „Ромашка“» → ooo-romashka; "client" when nothing is left. */
    public static String slug(String company) {
        StringBuilder out = new StringBuilder();
        for (char c : (company == null ? "" : company).toLowerCase(Locale.ROOT).toCharArray()) {
            int cyrillic = CYRILLIC.indexOf(c);
            if (cyrillic >= 0) {
                out.append(LATIN[cyrillic]);
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "client" : slug;
    }

    /** What a letter or a download calls the list: pricelist-ooo-romashka-2026-11-27.xlsx */
    static String download(String company, LocalDate date, String extension) {
        return "pricelist-" + slug(company) + "-" + date + "." + extension;
    }

    /** DESIGN.md's pricelist:build --out name: {@code <client id>-<company slug>.<ext>}. */
    public static String out(long clientId, String company, String extension) {
        return clientId + "-" + slug(company) + "." + extension;
    }
}
