package ru.krek.optovik.api.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One mailing: a kind and a key, e.g. ("pricelist", "import-42") or ("pricelist", "week-2026-W48").
 * A client gets at most one letter per campaign.
 *
 * @param id       the outbox's number
 * @param kind     what is sent: "pricelist", "changes", …
 * @param key      which occasion: an import run, a period
 * @param created  when it was first queued to
 * @param paused   true after too many failed letters (or an operator), until mail:resume
 * @param failures letters that failed in it
 */
public record Campaign(long id, String kind, String key, Instant created, boolean paused, int failures) {

    public Campaign {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }
}
