package ru.krek.optovik.clients.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.InvalidClientException;

/** Checks a client's details field by field; messages are in Russian, keyed by the form's field names. */
public final class ClientValidation {

    /** Plain addresses only: no display names, no quoting, no spaces; enough for every real mailbox here. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-']+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");
    /** Any control character (CR and LF above all: these values reach mail headers). */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ClientValidation() {
    }

    /** @throws InvalidClientException naming every wrong field */
    public static void check(ClientDetails d) throws InvalidClientException {
        Map<String, String> problems = problems(d);
        if (!problems.isEmpty()) {
            throw new InvalidClientException(problems);
        }
    }

    public static Map<String, String> problems(ClientDetails d) {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "company", d.company(), 500, true, "укажите название компании");
        Inn.innProblem(d.inn()).ifPresent(p -> problems.put("inn", p));
        Inn.kppProblem(d.kpp(), d.inn()).ifPresent(p -> problems.put("kpp", p));
        text(problems, "contact", d.contact(), 300, false, null);
        emailProblem(d.email(), true).ifPresent(p -> problems.put("email", p));
        extras(problems, d.extraEmails(), d.email());
        text(problems, "phone", d.phone(), 100, false, null);
        text(problems, "city", d.city(), 200, false, null);
        if (d.manager() != null) {
            text(problems, "manager", d.manager().name(), 300, false, null);
            if (!d.manager().email().isEmpty()) {
                emailProblem(d.manager().email(), false).ifPresent(p -> problems.put("manager_email", p));
            }
        }
        return problems;
    }

    /** What is wrong with an e-mail address, in Russian; empty when it will do. */
    public static java.util.Optional<String> emailProblem(String email, boolean required) {
        if (email == null || email.isEmpty()) {
            return required ? java.util.Optional.of("укажите адрес электронной почты") : java.util.Optional.empty();
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            return java.util.Optional.of("адрес электронной почты записан неверно: " + printable(email));
        }
        return java.util.Optional.empty();
    }

    private static void extras(Map<String, String> problems, List<String> extras, String main) {
        for (String extra : extras) {
            java.util.Optional<String> p = emailProblem(extra, false);
            if (p.isPresent()) {
                problems.put("extra_emails", p.get());
                return;
            }
            if (extra.equalsIgnoreCase(main)) {
                problems.put("extra_emails", "дополнительный адрес совпадает с основным: " + extra);
                return;
            }
        }
        if (String.join(" ", extras).length() > 2000) {
            problems.put("extra_emails", "слишком много дополнительных адресов (не больше 2000 знаков)");
        }
    }

    private static void text(Map<String, String> problems, String field, String value, int max, boolean required,
            String missing) {
        if (value.isEmpty()) {
            if (required) {
                problems.put(field, missing);
            }
        } else if (CONTROL.matcher(value).find()) {
            problems.put(field, "недопустимые управляющие символы (перевод строки и т. п.)");
        } else if (value.length() > max) {
            problems.put(field, "не длиннее " + max + " знаков (сейчас " + value.length() + ")");
        }
    }

    private static String printable(String value) {
        return CONTROL.matcher(value).replaceAll("?");
    }
}
