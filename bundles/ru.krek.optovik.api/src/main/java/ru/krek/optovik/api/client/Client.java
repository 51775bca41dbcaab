package ru.krek.optovik.api.client;

import java.time.Instant;

/**
 * A client in the directory.
 *
 * @param id             the directory's number, kept for ever (also after erasure)
 * @param details        who they are; blank fields after erasure
 * @param status         pending, active, paused, unsubscribed or blocked
 * @param created        when the client entered the directory
 * @param confirmed      when the e-mail was confirmed (or the client imported); null while unconfirmed
 * @param consent        what was agreed; null for a client a manager added by hand
 * @param groups         the catalog groups taken
 * @param discountTypeId the discount type's id; null when none is assigned
 * @param options        formats, stock and frequencies
 * @param erased         when personal data was removed; null while the client is known
 */
public record Client(long id, ClientDetails details, ClientStatus status, Instant created, Instant confirmed,
        Consent consent, Groups groups, Long discountTypeId, ClientOptions options, Instant erased) {

    public boolean isErased() {
        return erased != null;
    }
}
