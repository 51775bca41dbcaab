package ru.krek.optovik.onec.internal.exchange;

/** A request the exchange refuses; the message (Russian) goes to 1C after {@code failure}. */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    Refusal(String message) {
        super(message);
    }
}
