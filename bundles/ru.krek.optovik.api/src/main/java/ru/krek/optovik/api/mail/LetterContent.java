package ru.krek.optovik.api.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * A letter's words as {@link LetterTemplates} rendered them.
 *
 * @param subject one line (line breaks and runs of spaces in the template collapse to one space)
 * @param text    the plain-text body
 * @param html    the HTML alternative, when the template set has one
 */
public record LetterContent(String subject, String text, Optional<String> html) {

    public LetterContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
