package ru.krek.optovik.api.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input refused, nothing stored. Problems are keyed by the registration form's field names (company, inn,
 * kpp, contact, email, phone, city, groups, formats, …) so a page can show each beside its field; the
 * messages are in Russian, for clients.
 */
public class InvalidClientException extends ClientException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> problems;

    public InvalidClientException(Map<String, String> problems) {
        super(problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidClientException of(String field, String problem) {
        return new InvalidClientException(Map.of(field, problem));
    }

    /** field name → what is wrong with it, in the order of the form */
    public Map<String, String> problems() {
        return problems;
    }
}
