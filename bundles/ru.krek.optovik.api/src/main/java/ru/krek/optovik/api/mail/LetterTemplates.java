package ru.krek.optovik.api.mail;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes letters' words from template files that operators edit without a rebuild. A template set
 * is named (e.g. "registration-confirmation") and consists of a subject, a plain text and an
 * optional HTML template; the HTML one escapes every value it prints.
 */
@ProviderType
public interface LetterTemplates {

    /**
     * @param name  the template set, lower-case letters, digits and '-'
     * @param model the values the templates print, by name (strings, numbers, lists, maps)
     * @throws LetterTemplateException no usable template of that name, or it failed on this model;
     *                                 the message names the file and line
     * @throws IllegalArgumentException the name is not a template set name
     */
    LetterContent render(String name, Map<String, ?> model) throws LetterTemplateException;
}
