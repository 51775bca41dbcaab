package ru.krek.optovik.web.internal;

import java.util.Arrays;
import java.util.List;

/** A posted form's fields by name (a request's getParameterValues), so forms can be read without a servlet. */
@FunctionalInterface
interface FormParams {

    /** Every value of the field, or null when it was not sent. */
    String[] values(String name);

    /** The first value, stripped; "" when absent. */
    default String one(String name) {
        String[] values = values(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
    }

    /** Every non-blank value, stripped, without repeats, in the order sent. */
    default List<String> repeated(String name) {
        String[] values = values(name);
        return values == null ? List.of()
                : Arrays.stream(values).filter(v -> v != null).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    default boolean ticked(String name) {
        return values(name) != null;
    }
}
