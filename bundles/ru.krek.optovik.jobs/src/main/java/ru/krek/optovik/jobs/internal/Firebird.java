package ru.krek.optovik.jobs.internal;

import java.sql.SQLException;

/** What Firebird needs of the run table's statements: text clipped to its column, its unique-key errors recognised. */
final class Firebird {

    /** Firebird's unique and primary key violations. */
    private static final int UNIQUE_KEY = 335544665;
    private static final int NO_DUP = 335544349;

    private Firebird() {
    }

    static boolean uniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == UNIQUE_KEY || s.getErrorCode() == NO_DUP
                    || "23000".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
