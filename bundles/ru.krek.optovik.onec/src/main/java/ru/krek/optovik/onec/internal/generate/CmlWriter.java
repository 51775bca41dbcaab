package ru.krek.optovik.onec.internal.generate;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes CommerceML the way 1C does: UTF-8 with a BOM, tab-indented, one element per line, straight
 * to the stream (nothing is built in memory, so a million offers cost no heap).
 */
final class CmlWriter implements AutoCloseable {

    static final String NAMESPACE = "urn:1C.ru:commerceml_2";

    private static final String[] INDENTS = new String[16];

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = "\n" + "\t".repeat(i);
        }
    }

    private final XMLStreamWriter xml;
    private int level;

    CmlWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The root element with CommerceML's namespaces, version and export date. */
    void root(String version, String date) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("КоммерческаяИнформация");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xs", "http://www.w3.org/2001/XMLSchema");
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute("ВерсияСхемы", version);
        xml.writeAttribute("ДатаФормирования", date);
        level = 1;
    }

    /** Opens an element on its own line; attributes may follow with {@link #attr}. */
    void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        level++;
    }

    void attr(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
    }

    void end() throws XMLStreamException {
        level--;
        indent();
        xml.writeEndElement();
    }

    /** {@code <name>text</name>} on one line. */
    void leaf(String name, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** {@code <name a="…">text</name>}, attributes given as name/value pairs. */
    void leafWithAttrs(String name, String text, String... attrs) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            xml.writeAttribute(attrs[i], attrs[i + 1]);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters(level < INDENTS.length ? INDENTS[level] : "\n" + "\t".repeat(level));
    }

    @Override
    public void close() throws IOException {
        try {
            level = 0;
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
