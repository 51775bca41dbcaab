package ru.krek.optovik.api.client;

/**
 * A client a manager adds or a client list brings in.
 *
 * @param details        who they are
 * @param status         the status to start in (usually active)
 * @param groups         the catalog groups taken
 * @param options        formats, stock and frequencies
 * @param discountTypeId the discount type; null = the configured default
 * @param consent        what was agreed; null when the manager holds it elsewhere
 */
public record NewClient(ClientDetails details, ClientStatus status, Groups groups, ClientOptions options,
        Long discountTypeId, Consent consent) {

    public NewClient {
        if (details == null) {
            throw new IllegalArgumentException("a new client needs its details");
        }
        status = status == null ? ClientStatus.ACTIVE : status;
        groups = groups == null ? Groups.everything() : groups;
        options = options == null ? ClientOptions.defaults() : options;
    }

    /** Active, all groups, default options and discount, no consent record. */
    public static NewClient of(ClientDetails details) {
        return new NewClient(details, ClientStatus.ACTIVE, Groups.everything(), ClientOptions.defaults(), null, null);
    }
}
