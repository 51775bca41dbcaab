package ru.krek.optovik.format.pdf;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/** The price list as an A4 PDF; see package-info for the layout. */
@Component(service = PriceListFormatter.class)
public class PdfFormatter implements PriceListFormatter {

    static final String FONT = "/fonts/DejaVuSans.ttf";

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String displayName() {
        return "PDF (A4)";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            // a font object belongs to one document (its subset is built at save), so one load per write
            PDType0Font font;
            try (InputStream ttf = PdfFormatter.class.getResourceAsStream(FONT)) {
                if (ttf == null) {
                    throw new IOException("the bundle lacks its font " + FONT);
                }
                font = PDType0Font.load(document, ttf, true);
            }
            new PriceListDocument(document, new PdfText(font), list).write();
            OutputStream buffered = new BufferedOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush(); // PDFBox closes the stream it saves to; the caller's stays open
                }
            }, 1 << 16);
            document.save(buffered);
            buffered.flush();
        }
    }
}
