package ru.krek.optovik.api.catalog;

import java.util.Objects;

/**
 * Where an exchange came from, kept with its run.
 *
 * @param origin      the entry point: "shell", "inbox", "exchange" (1C over HTTP), "bench", "test"
 * @param description what was imported, e.g. the file or folder names; for people, not parsed
 */
public record ImportSource(String origin, String description) {
    public ImportSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(description, "description");
    }
}
