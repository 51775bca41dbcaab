package ru.krek.optovik.api.client;

/**
 * Filters for {@link ClientDirectory#list}; a null filter takes every client.
 *
 * @param status  only clients in this status
 * @param groupId only clients who receive this group (subscribed to it, to a group above it, or to all)
 * @param text    only clients whose company, INN, e-mail, contact or city contains this, case ignored
 */
public record ClientQuery(ClientStatus status, String groupId, String text) {

    public static ClientQuery all() {
        return new ClientQuery(null, null, null);
    }
}
