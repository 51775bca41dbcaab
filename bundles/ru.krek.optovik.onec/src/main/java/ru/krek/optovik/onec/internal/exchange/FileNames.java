package ru.krek.optovik.onec.internal.exchange;

import java.util.List;
import java.util.Locale;

/**
 * The {@code filename} 1C sends, made safe to stage: the base name only. 1C on Linux sends its own
 * temp path (Bitrix strips {@code /tmp/} and {@code upload/1c/webdata} for that reason); anything
 * else that points elsewhere is refused, never repaired.
 */
final class FileNames {

    /** Prefixes of 1C's own working folders, removed before the name is judged. */
    private static final List<String> ONEC_PREFIXES = List.of("/tmp/", "tmp/", "upload/1c/webdata/", "/upload/1c/webdata/");
    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String safe(String raw) throws Refusal {
        if (raw == null || raw.isBlank()) {
            throw new Refusal("Не указано имя файла (параметр filename).");
        }
        String name = raw.replace('\\', '/');
        for (String prefix : ONEC_PREFIXES) {
            if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>'
                    || c == '|') {
                throw refused(raw, "недопустимый символ");
            }
        }
        if (name.startsWith("/") || name.startsWith("~")) {
            throw refused(raw, "абсолютный путь");
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                throw refused(raw, "путь выходит за папку обмена");
            }
        }
        String base = name.substring(name.lastIndexOf('/') + 1).strip();
        if (base.isEmpty() || base.equals(".") || base.startsWith(".")) {
            throw refused(raw, "пустое или скрытое имя");
        }
        if (base.length() > MAX_LENGTH) {
            throw refused(raw, "имя длиннее " + MAX_LENGTH + " символов");
        }
        return base;
    }

    private static Refusal refused(String raw, String why) {
        String shown = raw.length() > 100 ? raw.substring(0, 100) + "…" : raw;
        return new Refusal("Недопустимое имя файла «" + shown.replaceAll("\\p{Cntrl}", "?") + "»: " + why + ".");
    }
}
