package ru.krek.optovik.jobs.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A run's parameters and counts in one column: {@code name=value} lines, a backslash escaping
 * backslashes and line breaks in values (names never hold '=' or line breaks).
 */
final class Pairs {

    private Pairs() {
    }

    static String encode(Map<String, ?> pairs) {
        StringBuilder out = new StringBuilder();
        pairs.forEach((name, value) -> out.append(out.length() == 0 ? "" : "\n").append(name).append('=')
                .append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")));
        return out.toString();
    }

    static <V> Map<String, V> decode(String text, Function<String, V> value) {
        Map<String, V> pairs = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            pairs.put(line.substring(0, eq), value.apply(unescape(line.substring(eq + 1))));
        }
        return pairs;
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char n = escaped.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
