package ru.krek.optovik.format.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/** The price list as an Excel workbook; see package-info for the layout. */
@Component(service = PriceListFormatter.class)
public class XlsxFormatter implements PriceListFormatter {

    /** Rows kept in memory; older ones are flushed to a temporary file. */
    static final int WINDOW = 100;

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String displayName() {
        return "Excel (XLSX)";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        // close() also deletes SXSSF's temporary files, on failure too
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(false);
            new PriceListSheet(workbook, list).write();
            // POI closes the stream it writes to; the caller's stays open
            workbook.write(CloseShieldOutputStream.wrap(out));
        }
    }
}
