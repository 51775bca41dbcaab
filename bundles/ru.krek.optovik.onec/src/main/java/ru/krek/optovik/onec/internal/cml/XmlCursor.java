package ru.krek.optovik.onec.internal.cml;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk over one XML file with the safety rules of an exchange from outside: no DTD,
 * bounded depth and value length, elements matched by local name whatever the namespace, and every
 * parser failure turned into a {@link CommerceMlException} that says where and why.
 * Nothing is kept but the open element path, so memory stays flat whatever the file's size.
 */
final class XmlCursor implements AutoCloseable {

    /** Deeper than any real export (64 group levels need ~133); stops a nesting bomb early. */
    static final int MAX_DEPTH = 256;
    /** Longest id we take: 1C ids are GUIDs or GUID#GUID, Bitrix ones a little longer. */
    static final int ID_LIMIT = 1024;
    /** Longest name, article or other value we keep. */
    static final int VALUE_LIMIT = 65_536;

    private final Path file;
    private final String fileName;
    private final EofTrackingStream input;
    private final XMLStreamReader reader;
    private final String[] path = new String[MAX_DEPTH + 2];
    private int depth;
    private boolean rootSeen;

    private XmlCursor(Path file, EofTrackingStream input, XMLStreamReader reader) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.input = input;
        this.reader = reader;
    }

    static XmlCursor open(Path file) throws IOException, CommerceMlException {
        String name = file.getFileName().toString();
        if (looksEmpty(file)) {
            throw new CommerceMlException(Problem.EMPTY_FILE, name, -1, null, null);
        }
        EofTrackingStream input = new EofTrackingStream(new BufferedInputStream(Files.newInputStream(file), 65_536));
        try {
            // The JDK's own parser, never one found on the class path: its behaviour is what we tested.
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLInputFactory.IS_COALESCING, false);
            // An InputStream, not a Reader: the parser honours the BOM and the prolog's encoding.
            return new XmlCursor(file, input, factory.createXMLStreamReader(input));
        } catch (XMLStreamException e) {
            input.close();
            throw new CommerceMlException(Problem.NOT_XML, name, lineOf(e), null, e, plain(e));
        }
    }

    /** Zero bytes, or a small file of nothing but a BOM and white space. */
    private static boolean looksEmpty(Path file) throws IOException {
        long size = Files.size(file);
        if (size > 4096) {
            return false;
        }
        for (byte b : Files.readAllBytes(file)) {
            int c = b & 0xff;
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) {
                return false;
            }
        }
        return true;
    }

    String fileName() {
        return fileName;
    }

    /** Moves to the root element, refusing a DOCTYPE on the way. */
    void toRoot() throws CommerceMlException {
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
    }

    /**
     * Moves to the next child element of the element opened at {@code parentDepth}; false once that
     * element has ended. Children a caller did not read are skipped whole.
     */
    boolean nextChild(int parentDepth) throws CommerceMlException {
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (depth == parentDepth + 1) {
                    return true;
                }
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT && depth < parentDepth) {
                return false;
            }
        }
    }

    /** Reads to the end of the document, so trailing garbage after the root is still an error. */
    void finish() throws CommerceMlException {
        while (advance() != XMLStreamConstants.END_DOCUMENT) {
            // nothing after the root but comments and white space
        }
    }

    /** Depth of the current element: the root is 1. */
    int depth() {
        return depth;
    }

    /** Local name of the current element. */
    String name() {
        return reader.getLocalName();
    }

    /** An attribute of the current element by local name, stripped; null when absent. */
    String attr(String localName) throws CommerceMlException {
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                String value = reader.getAttributeValue(i);
                if (value.length() > VALUE_LIMIT) {
                    throw error(Problem.VALUE_TOO_LONG, name() + " @" + localName, VALUE_LIMIT);
                }
                return value.strip();
            }
        }
        return null;
    }

    /** The element's own text (child elements skipped), stripped; null when empty. */
    String text() throws CommerceMlException {
        return text(VALUE_LIMIT);
    }

    /** Like {@link #text()} for an id: shorter limit. */
    String id() throws CommerceMlException {
        return text(ID_LIMIT);
    }

    String text(int limit) throws CommerceMlException {
        String element = name();
        int own = depth;
        StringBuilder s = null;
        while (true) {
            int event = advance();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (s == null) {
                        s = new StringBuilder();
                    }
                    if (s.length() + reader.getTextLength() > limit) {
                        throw error(Problem.VALUE_TOO_LONG, element, limit);
                    }
                    s.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                }
                case XMLStreamConstants.START_ELEMENT -> skip();
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth < own) {
                        String value = s == null ? "" : s.toString().strip();
                        return value.isEmpty() ? null : value;
                    }
                }
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    /** The element's text as a decimal (see {@link Decimals}); null when empty. */
    BigDecimal decimal() throws CommerceMlException {
        String element = name();
        return toDecimal(text(), element);
    }

    BigDecimal toDecimal(String text, String what) throws CommerceMlException {
        if (text == null) {
            return null;
        }
        BigDecimal value = Decimals.parse(text);
        if (value == null) {
            throw error(Problem.BAD_NUMBER, text.length() > 40 ? text.substring(0, 40) + "…" : text, what);
        }
        return value;
    }

    /** The element's text read as 1C's boolean: "true" (any case) or "истина". */
    boolean flag() throws CommerceMlException {
        String value = text(ID_LIMIT);
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("истина"));
    }

    /** Skips the current element and everything inside it. */
    void skip() throws CommerceMlException {
        int own = depth;
        while (depth >= own) {
            advance();
        }
    }

    /** A problem at the current position. */
    CommerceMlException error(Problem problem, Object... details) {
        return new CommerceMlException(problem, fileName, line(), elementPath(), null, details);
    }

    /** A problem in an element that began on {@code line} (found only at its end, e.g. a repeated id). */
    CommerceMlException errorAt(int line, Problem problem, Object... details) {
        return new CommerceMlException(problem, fileName, line, elementPath(), null, details);
    }

    /** The current line, to report a problem found later against where its element began. */
    int line() {
        return reader.getLocation().getLineNumber();
    }

    /** The path of open elements, shortened to the last few. */
    String path() {
        return elementPath();
    }

    private String elementPath() {
        int shown = Math.min(depth, 6);
        if (shown == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder(depth > shown ? "…/" : "");
        for (int i = depth - shown + 1; i <= depth; i++) {
            s.append(path[i]);
            if (i < depth) {
                s.append('/');
            }
        }
        return s.toString();
    }

    /** One parser step, with the depth, the DOCTYPE ban and error translation. */
    private int advance() throws CommerceMlException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw translate(e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                rootSeen = true;
                if (++depth > MAX_DEPTH) {
                    throw error(Problem.TOO_DEEP, MAX_DEPTH, "элементов XML");
                }
                path[depth] = reader.getLocalName();
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.DTD -> throw error(Problem.DOCTYPE_FORBIDDEN);
            default -> {
                // text, comments, the document's end
            }
        }
        return event;
    }

    private CommerceMlException translate(XMLStreamException e) {
        int line = lineOf(e);
        String element = elementPath();
        // Checked before the encoding: a transfer cut off inside a Cyrillic letter ends in half a character.
        if (rootSeen && depth > 0 && input.atEof() && line >= lastLine()) {
            return new CommerceMlException(Problem.TRUNCATED, fileName, line, element, e, path[depth]);
        }
        if (hasCause(e, CharConversionException.class)) {
            return new CommerceMlException(Problem.BAD_ENCODING, fileName, line, element, e, plain(e));
        }
        if (!rootSeen) {
            return new CommerceMlException(Problem.NOT_XML, fileName, line, null, e, plain(e));
        }
        return new CommerceMlException(Problem.MALFORMED, fileName, line, element, e, plain(e));
    }

    /** The number of the file's last line; only asked on the error path. */
    private int lastLine() {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int lines = 1;
            for (int b; (b = in.read()) >= 0;) {
                if (b == '\n') {
                    lines++;
                }
            }
            return lines;
        } catch (IOException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
            if (c instanceof XMLStreamException x && x.getNestedException() != null
                    && type.isInstance(x.getNestedException())) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(XMLStreamException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    }

    /** The parser's message without its "ParseError at [row,col]" prefix (we report the line ourselves). */
    private static String plain(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return at >= 0 ? m.substring(at + "Message: ".length()).strip() : m.strip();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        } finally {
            input.close();
        }
    }

    /** Remembers whether the parser has read to the end of the bytes: that tells a cut file from a bad one. */
    private static final class EofTrackingStream extends FilterInputStream {
        private boolean eof;

        EofTrackingStream(InputStream in) {
            super(in);
        }

        boolean atEof() {
            return eof;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            eof |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            eof |= n < 0;
            return n;
        }
    }
}
