package ru.krek.optovik.api.client;

/** The directory could not do what was asked; the message says why in one line. */
public class ClientException extends Exception {

    private static final long serialVersionUID = 1L;

    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
