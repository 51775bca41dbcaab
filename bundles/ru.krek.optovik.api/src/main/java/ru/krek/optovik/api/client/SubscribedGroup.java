package ru.krek.optovik.api.client;

/**
 * A group a client subscribed to, as the catalog knows it now.
 *
 * @param id   the 1C group Ид
 * @param name its name in the catalog; empty when the catalog never had it
 * @param gone a full import no longer delivers it (or 1C marked it deleted): it stays subscribed until a
 *             manager acts, and is shown as gone
 */
public record SubscribedGroup(String id, String name, boolean gone) {
}
