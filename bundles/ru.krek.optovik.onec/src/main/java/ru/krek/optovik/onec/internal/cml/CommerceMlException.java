package ru.krek.optovik.onec.internal.cml;

/**
 * An exchange file (or archive) that cannot be taken, with where and why: the file, the line, the
 * element path, and a Russian sentence the 1C administrator can act on.
 */
public final class CommerceMlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Problem problem;
    private final String fileName;
    private final int line;
    private final String element;
    private final String detail;

    /**
     * @param line    1-based line, or -1 when it does not apply (an archive entry, an empty file)
     * @param element the element path or archive entry the problem is in; null when none
     */
    public CommerceMlException(Problem problem, String fileName, int line, String element, Throwable cause,
            Object... details) {
        super(null, cause);
        this.problem = problem;
        this.fileName = fileName;
        this.line = line;
        this.element = element;
        this.detail = problem.describe(details);
    }

    public Problem problem() {
        return problem;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public String element() {
        return element;
    }

    /** The Russian sentence alone, without file and line. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder s = new StringBuilder(fileName);
        if (line > 0) {
            s.append(", строка ").append(line);
        }
        if (element != null) {
            s.append(", <").append(element).append('>');
        }
        return s.append(": ").append(detail).append(" (").append(problem.gist()).append(')').toString();
    }
}
