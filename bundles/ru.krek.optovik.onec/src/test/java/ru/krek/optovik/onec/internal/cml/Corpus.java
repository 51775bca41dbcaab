package ru.krek.optovik.onec.internal.cml;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real exchange files under src/test/resources/corpus (see SOURCES.md there). */
public final class Corpus {

    private Corpus() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Corpus.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no corpus file " + name, e);
        }
    }

    public static RecordingSink read(String name) throws Exception {
        RecordingSink sink = new RecordingSink();
        new CommerceMlReader().read(file(name), sink);
        return sink;
    }
}
