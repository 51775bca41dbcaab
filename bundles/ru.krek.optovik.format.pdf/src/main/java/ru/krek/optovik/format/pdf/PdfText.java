package ru.krek.optovik.format.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text as one document's font can show it: characters the font lacks become «?» (PDFBox would throw),
 * control characters spaces; widths from a per-document cache, so wrapping a name costs a few lookups.
 */
final class PdfText {

    static final String ELLIPSIS = "…";
    /** Latin, Cyrillic and the punctuation block (« » – … №) are cached; rarer characters are measured. */
    private static final int CACHED = 0x2200;

    private final PDType0Font font;
    private final float[] widths = new float[CACHED];
    private final BitSet known = new BitSet();
    private final BitSet missing = new BitSet();

    PdfText(PDType0Font font) {
        this.font = font;
        Arrays.fill(widths, Float.NaN);
    }

    PDType0Font font() {
        return font;
    }

    /** The text with what the font cannot show replaced; never null. */
    String showable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // beyond the BMP DejaVu has next to nothing; keeping to it lets widths go char by char
            String replacement = Character.isISOControl(cp) ? " " : (cp <= 0xFFFF && hasGlyph(cp) ? null : "?");
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Width in points at {@code size}, of showable text. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c < CACHED ? cached(c) : measure(String.valueOf(c));
        }
        return units * size / 1000f;
    }

    /** Words on at most {@code maxLines} lines of {@code width}; what does not fit ends in «…». */
    List<String> wrap(String text, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>(maxLines);
        String rest = text.strip();
        while (!rest.isEmpty()) {
            if (width(rest, size) <= width) {
                lines.add(rest);
                return lines;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(cut(rest, size, width));
                return lines;
            }
            int end = fitting(rest, size, width);
            // after the last space or hyphen that fits («Санкт-|Петербург»); mid-word only when none does
            int space = rest.lastIndexOf(' ', end);
            int hyphen = end > 0 ? rest.lastIndexOf('-', end - 1) : -1;
            int split = Math.max(space, hyphen > 0 ? hyphen + 1 : -1);
            split = split > 0 ? split : Math.max(end, 1);
            lines.add(rest.substring(0, split).strip());
            rest = rest.substring(split).strip();
        }
        return lines;
    }

    /** One line: the text, or as much as fits followed by «…». */
    String cut(String text, float size, float width) {
        if (width(text, size) <= width) {
            return text;
        }
        int end = fitting(text, size, width - width(ELLIPSIS, size));
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** How many leading chars fit in {@code width}. */
    private int fitting(String text, float size, float width) {
        float limit = width * 1000f / size;
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            units += c < CACHED ? cached(c) : measure(String.valueOf(c));
            if (units > limit) {
                return i;
            }
        }
        return text.length();
    }

    private boolean hasGlyph(int cp) {
        if (!known.get(cp)) {
            known.set(cp);
            try {
                font.encode(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException | IOException e) {
                missing.set(cp);
            }
        }
        return !missing.get(cp);
    }

    private float cached(char c) {
        float w = widths[c];
        if (Float.isNaN(w)) {
            w = measure(String.valueOf(c));
            widths[c] = w;
        }
        return w;
    }

    private float measure(String s) {
        try {
            return font.getStringWidth(s);
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("cannot measure «" + s + "»", e));
        }
    }
}
