package ru.krek.optovik.api.mail;

/** A letter could not be written from its templates; the message names the template file and line. */
public class LetterTemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public LetterTemplateException(String message) {
        super(message);
    }

    public LetterTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
