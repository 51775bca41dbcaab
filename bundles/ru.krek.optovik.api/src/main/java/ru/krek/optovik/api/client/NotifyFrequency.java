package ru.krek.optovik.api.client;

/** How change notifications (price, new, arrival) reach a client. */
public enum NotifyFrequency {
    INSTANT, DAILY, WEEKLY, OFF;

    /** instant, daily, weekly, off (the form's notify_frequency values) */
    public String word() {
        return Words.word(this);
    }

    public static NotifyFrequency of(String word) {
        return Words.parse(NotifyFrequency.class, word, "notify_frequency");
    }
}
