package ru.krek.optovik.api.pricelist;

/** A price list could not be built; the message names why (unknown client, format, discount type…). */
public class PriceListException extends Exception {

    private static final long serialVersionUID = 1L;

    public PriceListException(String message) {
        super(message);
    }

    public PriceListException(String message, Throwable cause) {
        super(message, cause);
    }
}
