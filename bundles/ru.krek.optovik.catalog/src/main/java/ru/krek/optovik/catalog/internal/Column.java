package ru.krek.optovik.catalog.internal;

/**
 * One parameter of a staging statement. Text is declared {@code narrow} characters wide in the
 * multi-row block, so many rows fit Firebird's 64 KB message; a longer value goes alone in a row
 * declared {@code wide}, the column's size in the table.
 */
record Column(String name, Type type, int narrow, int wide) {

    enum Type { TEXT, DECIMAL, BOOLEAN, SMALLINT, INTEGER, BIGINT }

    static Column text(String name, int narrow, int wide) {
        return new Column(name, Type.TEXT, narrow, wide);
    }

    static Column decimal(String name) {
        return new Column(name, Type.DECIMAL, 0, 0);
    }

    static Column bool(String name) {
        return new Column(name, Type.BOOLEAN, 0, 0);
    }

    static Column smallint(String name) {
        return new Column(name, Type.SMALLINT, 0, 0);
    }

    static Column integer(String name) {
        return new Column(name, Type.INTEGER, 0, 0);
    }

    static Column bigint(String name) {
        return new Column(name, Type.BIGINT, 0, 0);
    }

    String declaration(boolean wideRow) {
        return switch (type) {
            case TEXT -> "varchar(" + (wideRow ? wide : narrow) + ") character set utf8";
            case DECIMAL -> "numeric(18, 6)";
            case BOOLEAN -> "boolean";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
        };
    }

    /** Bytes this parameter takes in the statement's input message (UTF8: 4 bytes a character), with its null flag. */
    int messageBytes() {
        return 4 + switch (type) {
            case TEXT -> 4 * narrow + 2;
            case DECIMAL -> 8;
            case BOOLEAN -> 1;
            case SMALLINT -> 2;
            case INTEGER -> 4;
            case BIGINT -> 8;
        };
    }

    boolean fitsNarrow(Object value) {
        return type != Type.TEXT || value == null || ((String) value).length() <= narrow;
    }
}
