package ru.krek.optovik.clients.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import ru.krek.optovik.api.pricelist.CellText;

/**
 * Client lists as CSV the way Russian Excel writes them: UTF-8 with a BOM and ';' between cells; reading
 * also takes ',' (told by the header line) and no BOM. Written cells go through CellText.neutralise, so text
 * a spreadsheet would run as a formula (=, +, -, @ first) gets an apostrophe; ClientColumns takes it off again.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static Sheet read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 || firstLine.indexOf(',') < 0 ? ';' : ',';
        // blank lines are read (and skipped below) so that row numbers match the rows Excel shows
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader in = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = null;
            List<Sheet.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = record.stream().map(String::strip).toList();
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                rows.add(new Sheet.Row((int) record.getRecordNumber(), cells));
            }
            return new Sheet(header == null ? List.of() : header, rows);
        }
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                    .setRecordSeparator("\r\n").get())) {
                printer.printRecord(header);
                for (List<String> row : rows) {
                    printer.printRecord(row.stream().map(CellText::neutralise).toList());
                }
            }
        }
    }
}
