package ru.krek.optovik.mail.internal.templates;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import ru.krek.optovik.api.mail.LetterTemplateException;

/**
 * Template files with their last good version: a file that no longer parses, or that fails where
 * its previous version rendered, is reported once (file and line) and the previous version writes
 * the letter instead, so an operator's typo does not stop the mail.
 */
final class LastGoodTemplates {

    /** Makes the FreeMarker configuration once the folder exists. */
    @FunctionalInterface
    interface ConfigurationFactory {
        Configuration create() throws IOException;
    }

    private final Path folder;
    private final ConfigurationFactory factory;
    private final Consumer<String> errorLog;
    private volatile Configuration freemarker;
    private final Map<String, Template> lastGood = new ConcurrentHashMap<>();
    /** The problem last logged per file, so a broken file is reported once, not at every letter. */
    private final Map<String, String> reported = new ConcurrentHashMap<>();

    /** @param errorLog where a broken file is reported (the log; a test's list) */
    LastGoodTemplates(Path folder, ConfigurationFactory factory, Consumer<String> errorLog) {
        this.folder = folder;
        this.factory = factory;
        this.errorLog = errorLog;
    }

    /** @return the output, or null when an optional file does not exist */
    String render(String file, Map<String, ?> model, boolean required) throws LetterTemplateException {
        Template current;
        try {
            current = configuration().getTemplate(file);
        } catch (TemplateNotFoundException e) {
            lastGood.remove(file); // removed on purpose: an optional part is gone, a required one is an error
            reported.remove(file);
            if (!required) {
                return null;
            }
            throw new LetterTemplateException("no letter template " + folder.resolve(file));
        } catch (ParseException e) {
            current = null;
            report(file, where(file, e.getLineNumber(), e.getColumnNumber()) + ": " + e.getEditorMessage());
        } catch (IOException e) {
            current = null;
            report(file, "letter template " + folder.resolve(file) + " cannot be read: " + e.getMessage());
        }
        Template good = lastGood.get(file);
        if (current != null) {
            try {
                String out = process(current, model);
                lastGood.put(file, current);
                reported.remove(file);
                return out;
            } catch (TemplateException e) {
                if (good == null || good == current) { // nothing better to fall back on: the model's problem or a first version's
                    throw new LetterTemplateException(failure(file, e), e);
                }
                report(file, failure(file, e));
            }
        }
        if (good == null) {
            throw new LetterTemplateException(reported.get(file) + " (no earlier good version to use)");
        }
        try {
            return process(good, model);
        } catch (TemplateException e) {
            throw new LetterTemplateException(failure(file, e), e);
        }
    }

    private Configuration configuration() throws IOException {
        Configuration config = freemarker;
        if (config == null) {
            synchronized (this) {
                if (freemarker == null) {
                    freemarker = factory.create();
                }
                config = freemarker;
            }
        }
        return config;
    }

    private static String process(Template template, Map<String, ?> model) throws TemplateException, LetterTemplateException {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (IOException e) {
            throw new LetterTemplateException("template " + template.getSourceName() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private void report(String file, String problem) {
        if (!problem.equals(reported.put(file, problem))) {
            errorLog.accept(problem + "; " + (lastGood.containsKey(file) ? "letters use its last good version until it is fixed"
                    : "letters from it fail until it is fixed"));
        }
    }

    private String failure(String file, TemplateException e) {
        String source = e.getTemplateSourceName() == null ? file : e.getTemplateSourceName();
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        // FreeMarker's message: the problem, a blank line, then tips; the problem is what the log needs.
        String message = e.getMessageWithoutStackTop().split("\\R\\s*\\R", 2)[0].replaceAll("\\s+", " ").strip();
        return where(source, line == null ? 0 : line, column == null ? 0 : column) + ": " + message;
    }

    private String where(String file, int line, int column) {
        return "letter template " + folder.resolve(file) + " line " + line + ", column " + column;
    }
}
