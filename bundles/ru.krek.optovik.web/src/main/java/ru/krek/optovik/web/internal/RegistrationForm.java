package ru.krek.optovik.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.Groups;

/**
 * The registration form as posted (field names from DESIGN.md). It checks only what the client directory
 * cannot: the consent box and the delivery settings; company, INN, KPP, e-mail… are the directory's to judge.
 */
record RegistrationForm(Map<String, String> values, List<String> groups, SettingsForm settings, boolean consent) {

    static final List<String> TEXT_FIELDS = List.of("company", "inn", "kpp", "contact", "email", "phone", "city");

    static RegistrationForm blank() {
        Map<String, String> values = new LinkedHashMap<>();
        TEXT_FIELDS.forEach(f -> values.put(f, ""));
        return new RegistrationForm(values, List.of(), SettingsForm.of(ClientOptions.defaults()), false);
    }

    static RegistrationForm of(FormParams form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            values.put(field, form.one(field));
        }
        return new RegistrationForm(values, form.repeated("groups"), SettingsForm.of(form), form.ticked("consent"));
    }

    /** Problems the directory does not check, by field, in Russian. */
    Map<String, String> problems(Set<String> formatsInstalled) {
        Map<String, String> problems = new LinkedHashMap<>(settings.problems(formatsInstalled));
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
        return settings.options();
    }
}
