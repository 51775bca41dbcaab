package ru.krek.optovik.api.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one-word form of an enum constant that shells, files and forms use: EACH_IMPORT ↔ each-import. */
final class Words {

    private Words() {
    }

    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose word is {@code word} (case and '_' or '-' ignored), or a message listing the words. */
    static <E extends Enum<E>> E parse(Class<E> type, String word, String what) {
        String key = word == null ? "" : word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equals(key)) {
                return constant;
            }
        }
        Function<E, String> w = Words::word;
        throw new IllegalArgumentException(what + " must be one of " + Arrays.stream(type.getEnumConstants()).map(w)
                .collect(Collectors.joining(", ")) + " (was \"" + (word == null ? "" : word.strip()) + "\")");
    }
}
