package ru.krek.optovik.format.pdf;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/** The current page's content stream with the few drawing steps a price list needs. */
final class Canvas implements AutoCloseable {

    static final Color HEADER_FILL = new Color(0xD9, 0xD9, 0xD9);
    static final Color GROUP_FILL = new Color(0xDC, 0xE6, 0xF1);
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);

    private final PdfText text;
    private PDPageContentStream stream;
    private float size;

    Canvas(PdfText text) {
        this.text = text;
    }

    /** Closes the previous page's stream, if any, and draws on {@code next}. */
    void open(PDPageContentStream next) throws IOException {
        close();
        stream = next;
        size = 0;
    }

    void fill(float x, float y, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
        stream.setNonStrokingColor(Color.BLACK);
    }

    void rule(float from, float to, float y) throws IOException {
        stream.setStrokingColor(RULE);
        stream.setLineWidth(0.3f);
        stream.moveTo(from, y);
        stream.lineTo(to, y);
        stream.stroke();
    }

    /** One piece of showable text on its own. */
    void text(float x, float y, String value, float fontSize) throws IOException {
        beginText();
        textAt(x, y, value, fontSize);
        endText();
    }

    void beginText() throws IOException {
        stream.beginText();
    }

    /** Between {@link #beginText()} and {@link #endText()}. */
    void textAt(float x, float y, String value, float fontSize) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        if (fontSize != size) {
            stream.setFont(text.font(), fontSize);
            size = fontSize;
        }
        stream.setTextMatrix(Matrix.getTranslateInstance(x, y));
        stream.showText(value);
    }

    void endText() throws IOException {
        stream.endText();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
