package ru.krek.optovik.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;

/**
 * The registration form as posted (field names from DESIGN.md). It checks only what the client directory
 * cannot: the consent box and the two frequencies; company, INN, KPP, e-mail… are the directory's to judge.
 */
record RegistrationForm(Map<String, String> values, List<String> groups, List<String> formats, boolean consent) {

    static final List<String> TEXT_FIELDS = List.of("company", "inn", "kpp", "contact", "email", "phone", "city",
            "pricelist_frequency", "notify_frequency");

    static RegistrationForm blank() {
        Map<String, String> values = new LinkedHashMap<>();
        TEXT_FIELDS.forEach(f -> values.put(f, ""));
        values.put("pricelist_frequency", PriceListFrequency.EACH_IMPORT.word());
        values.put("notify_frequency", NotifyFrequency.INSTANT.word());
        return new RegistrationForm(values, List.of(), List.of(), false);
    }

    static RegistrationForm of(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            String value = request.getParameter(field);
            values.put(field, value == null ? "" : value.strip());
        }
        return new RegistrationForm(values, repeated(request, "groups"), repeated(request, "formats"),
                request.getParameter("consent") != null);
    }

    private static List<String> repeated(HttpServletRequest request, String field) {
        String[] values = request.getParameterValues(field);
        return values == null ? List.of() : Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Problems the directory does not check, by field, in Russian. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            PriceListFrequency.of(values.get("pricelist_frequency"));
        } catch (IllegalArgumentException e) {
            problems.put("pricelist_frequency", "Выберите, как часто присылать прайс-лист.");
        }
        try {
            NotifyFrequency.of(values.get("notify_frequency"));
        } catch (IllegalArgumentException e) {
            problems.put("notify_frequency", "Выберите, как присылать уведомления об изменениях.");
        }
        if (!consent) {
            problems.put("consent", "Без согласия на рассылку и обработку данных мы не можем присылать прайс-листы.");
        }
        return problems;
    }

    ClientDetails details() {
        return new ClientDetails(values.get("company"), values.get("inn"), values.get("kpp"), values.get("contact"),
                values.get("email"), List.of(), values.get("phone"), values.get("city"), null);
    }

    /** No group ticked means the whole catalog (the page says so). */
    Groups chosenGroups() {
        return groups.isEmpty() ? Groups.everything() : Groups.of(groups);
    }

    ClientOptions options() {
        return new ClientOptions(formats, false, StockView.TOTAL, PriceListFrequency.of(values.get("pricelist_frequency")),
                NotifyFrequency.of(values.get("notify_frequency")));
    }
}
