package ru.krek.optovik.onec.internal.cml;

import java.io.IOException;
import java.nio.file.Path;
import ru.krek.optovik.api.catalog.CatalogSink;
import ru.krek.optovik.api.catalog.ExchangeDocument;

/**
 * Reads one CommerceML 2.03–2.10 exchange file (catalog, offers, prices or rests) and streams what it
 * holds into a {@link CatalogSink}, in constant memory apart from the ids it has seen to refuse a
 * repeated one (see {@link SeenIds}: ~32 MB for a million offers, 48 MB while its table grows).
 * The file is read twice: a short look to tell its kind, then the delivery.
 * Stateless and thread-safe: one instance serves any number of files.
 */
public final class CommerceMlReader {

    /**
     * What the file is, without delivering anything: kind, version, ids, changes-only. Lets a caller
     * order a batch (catalog before offers) or refuse a sale document early.
     */
    public ExchangeDocument sniff(Path file) throws IOException, CommerceMlException {
        try (XmlCursor cursor = XmlCursor.open(file)) {
            return DocumentSniffer.sniff(cursor);
        }
    }

    /**
     * Delivers the file to the sink, {@code onDocumentStart} first and {@code onDocumentEnd} last.
     *
     * @return the document header also given to {@code onDocumentStart}
     * @throws CommerceMlException the file is not an exchange file we can take; the sink has then
     *                             received part of it and must discard it
     * @throws IOException         the file could not be read
     */
    public ExchangeDocument read(Path file, CatalogSink sink) throws IOException, CommerceMlException {
        ExchangeDocument document = sniff(file);
        try (XmlCursor cursor = XmlCursor.open(file)) {
            DocumentSniffer.openRoot(cursor);
            sink.onDocumentStart(document);
            FileScope scope = new FileScope(cursor, sink);
            while (cursor.nextChild(1)) {
                switch (cursor.name()) {
                    case "Классификатор" -> new ClassifierSection(scope).read();
                    case "Каталог" -> new CatalogSection(scope).read();
                    case "ПакетПредложений", "ИзмененияПакетаПредложений" -> new OfferPackageSection(scope).read();
                    default -> cursor.skip();
                }
            }
            cursor.finish();
            sink.onDocumentEnd();
        }
        return document;
    }
}
