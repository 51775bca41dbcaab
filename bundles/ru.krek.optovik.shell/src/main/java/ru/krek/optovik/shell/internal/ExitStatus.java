package ru.krek.optovik.shell.internal;

/**
 * The launcher contract's exit codes for one command, as scripts and cron read them:
 * 0 ok, 1 the command failed, 2 unknown command or bad usage.
 */
final class ExitStatus {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitStatus() {
    }

    /**
     * Gogo reports an unknown command as CommandNotFoundException and arguments it cannot coerce as
     * IllegalArgumentException; our commands throw IllegalArgumentException for bad usage too.
     */
    static int of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("CommandNotFoundException") || t instanceof IllegalArgumentException) {
                return USAGE;
            }
        }
        return FAILED;
    }

    /** One line an operator can read: the command's own message, not a stack trace. */
    static String message(Throwable failure) {
        Throwable t = failure;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
