package ru.krek.optovik.onec.internal.cml;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small exchange files written on the spot, for the shapes the corpus lacks. */
final class Cml {

    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Cml() {
    }

    /** A 2.10 document with this body inside the root. */
    static String document(String body) {
        return PROLOG + "<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.10\">\n" + body
                + "\n</КоммерческаяИнформация>\n";
    }

    /** A catalog with these products (Товар elements). */
    static String catalog(String products) {
        return document("<Каталог СодержитТолькоИзменения=\"false\"><Ид>cat</Ид><Товары>" + products
                + "</Товары></Каталог>");
    }

    /** An offer package with these offers (Предложение elements). */
    static String offers(String offers) {
        return document("<ПакетПредложений><ИдКаталога>cat</ИдКаталога><Предложения>" + offers
                + "</Предложения></ПакетПредложений>");
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    static RecordingSink read(Path file) throws Exception {
        RecordingSink sink = new RecordingSink();
        new CommerceMlReader().read(file, sink);
        return sink;
    }
}
