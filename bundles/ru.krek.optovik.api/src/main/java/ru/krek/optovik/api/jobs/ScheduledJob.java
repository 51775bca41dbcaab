package ru.krek.optovik.api.jobs;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A job's schedule from {@code optovik.jobs}.
 *
 * @param job  the job's name
 * @param cron the 5-field expression as configured
 * @param next when it fires next, in the server's time zone; empty when it never does
 */
public record ScheduledJob(String job, String cron, Optional<ZonedDateTime> next) {
}
