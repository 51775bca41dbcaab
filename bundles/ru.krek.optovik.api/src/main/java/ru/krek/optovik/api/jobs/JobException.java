package ru.krek.optovik.api.jobs;

/** A run could not be started, found or recorded; the message says why in one line. */
public class JobException extends Exception {

    private static final long serialVersionUID = 1L;

    public JobException(String message) {
        super(message);
    }

    public JobException(String message, Throwable cause) {
        super(message, cause);
    }
}
