package ru.krek.optovik.api.jobs;

import java.time.Instant;

/** One line of a run's log. */
public record JobLogLine(long run, Instant time, String text) {
}
