package ru.krek.optovik.onec.internal.cml;

/** 1C marks a removed item Статус="Удален" (also written with ё, as an element in some versions). */
final class Statuses {

    private Statuses() {
    }

    static boolean deleted(String status) {
        return status != null && (status.equalsIgnoreCase("Удален") || status.equalsIgnoreCase("Удалён"));
    }
}
