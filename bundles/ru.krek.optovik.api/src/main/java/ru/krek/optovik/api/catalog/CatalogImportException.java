package ru.krek.optovik.api.catalog;

/** An import that cannot go on, with a sentence an operator or a 1C administrator can act on. */
public class CatalogImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public CatalogImportException(String message) {
        super(message);
    }

    public CatalogImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
