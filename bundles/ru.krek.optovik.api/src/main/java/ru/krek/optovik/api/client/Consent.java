package ru.krek.optovik.api.client;

import java.time.Instant;

/**
 * What a client agreed to, as proof of consent to mailings and to keeping their data.
 *
 * @param textVersion which text was agreed (e.g. "2025-06-01"; "import" for clients brought in from a list)
 * @param agreed      when
 * @param address     from which address (the client's IP for the web form, the file for an import); empty
 *                    once the client is erased
 */
public record Consent(String textVersion, Instant agreed, String address) {

    public Consent {
        if (textVersion == null || textVersion.isBlank() || agreed == null) {
            throw new IllegalArgumentException("a consent needs the text version agreed and its time");
        }
        address = address == null ? "" : address.strip();
    }
}
