package ru.krek.optovik.clients.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ИНН and КПП as the Federal Tax Service defines them: an INN is 10 digits (organisation, one check
 * digit) or 12 (individual, two); a KPP is 9 characters (4 digits, 2 digits or capital letters, 3 digits)
 * and only organisations have one.
 */
public final class Inn {

    private static final int[] TEN = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] ELEVEN = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] TWELVE = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final Pattern KPP = Pattern.compile("\\d{4}[\\dA-Z]{2}\\d{3}");

    private Inn() {
    }

    /** What is wrong with the INN, in Russian; empty when it is valid. */
    public static Optional<String> innProblem(String inn) {
        if (inn == null || inn.isEmpty()) {
            return Optional.of("укажите ИНН");
        }
        if (!inn.chars().allMatch(c -> c >= '0' && c <= '9') || inn.length() != 10 && inn.length() != 12) {
            return Optional.of("ИНН — 10 цифр (организация) или 12 цифр (индивидуальный предприниматель)");
        }
        boolean ok = inn.length() == 10 ? check(inn, TEN)
                : check(inn, ELEVEN) && check(inn, TWELVE);
        return ok ? Optional.empty() : Optional.of("ИНН с неверной контрольной цифрой — проверьте его");
    }

    /** What is wrong with the KPP given this INN, in Russian; empty when it is valid (an empty KPP is valid). */
    public static Optional<String> kppProblem(String kpp, String inn) {
        if (kpp == null || kpp.isEmpty()) {
            return Optional.empty();
        }
        if (inn != null && inn.length() == 12) {
            return Optional.of("у индивидуального предпринимателя (ИНН из 12 цифр) нет КПП — оставьте поле пустым");
        }
        return KPP.matcher(kpp).matches() ? Optional.empty()
                : Optional.of("КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры");
    }

    /** The check digit at weights.length matches the weighted sum of the digits before it. */
    private static boolean check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10 == digits.charAt(weights.length) - '0';
    }
}
