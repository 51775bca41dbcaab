package ru.krek.optovik.api.jobs;

/**
 * A parameter a job accepts, given as {@code name=value} on job:run.
 *
 * @param name         lower-case letters, digits, '-' and '.'
 * @param description  one line
 * @param defaultValue what the job takes when it is not given; empty when there is no default
 */
public record JobParameter(String name, String description, String defaultValue) {
}
