package ru.krek.optovik.api.client;

import java.time.Instant;

/**
 * One line of a client's history (registered, confirmed, blocked, erased, …); it names no personal data,
 * so it outlives an erasure.
 *
 * @param at     when
 * @param kind   one word: added, registered, confirmed, approved, edited, groups, discount, options, blocked,
 *               unblocked, paused, resumed, unsubscribed, imported, erased
 * @param detail what changed, without personal data; may be empty
 */
public record ClientEvent(Instant at, String kind, String detail) {
}
