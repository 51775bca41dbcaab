package ru.krek.optovik.api.catalog;

/** The one rule every record shares: an identifier from 1C is never blank. */
final class Ids {

    private Ids() {
    }

    static String require(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return id;
    }
}
