package ru.krek.optovik.api.catalog;

import java.util.Objects;

/**
 * The header of one exchange file, known before its first item is delivered, so a store can decide
 * up front how to apply what follows.
 *
 * @param fileName      the file's name, for logs and error reports
 * @param kind          what the file carries
 * @param schemaVersion CommerceML's ВерсияСхемы, e.g. "2.10"
 * @param catalogId     the catalog the file belongs to (ИдКаталога); null when the file does not say
 * @param classifierId  the classifier it uses (ИдКлассификатора); null when the file does not say
 * @param changesOnly   true when the file lists only what changed (СодержитТолькоИзменения): items
 *                      missing from it are unchanged, not gone
 */
public record ExchangeDocument(String fileName, FileKind kind, String schemaVersion, String catalogId,
        String classifierId, boolean changesOnly) {

    public ExchangeDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }
}
