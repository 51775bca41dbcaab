package ru.krek.optovik.clients.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Client list files by kind: csv, or xlsx when the bundle can write spreadsheets. */
public final class SheetFiles {

    private SheetFiles() {
    }

    /** "xlsx" for a .xlsx name, else "csv". */
    public static String kindOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
    }

    public static Sheet read(Path file) throws IOException {
        return switch (kindOf(file)) {
            case "xlsx" -> XlsxFiles.read(file);
            default -> CsvFiles.read(file);
        };
    }

    public static void write(Path file, String kind, List<String> header, List<List<String>> rows) throws IOException {
        switch (kind) {
            case "csv" -> CsvFiles.write(file, header, rows);
            case "xlsx" -> XlsxFiles.write(file, header, rows);
            default -> throw new IllegalArgumentException("--format must be csv or xlsx (was " + kind + ")");
        }
    }
}
