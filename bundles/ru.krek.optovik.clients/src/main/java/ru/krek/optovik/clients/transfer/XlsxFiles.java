package ru.krek.optovik.clients.transfer;

import java.nio.file.Path;
import java.util.List;

/** XLSX client lists: not in this build yet (Apache POI is not resolved in the framework); CSV does the same job. */
final class XlsxFiles {

    private static final String NOT_YET = "XLSX client lists are not supported in this build; save the sheet as CSV "
            + "(UTF-8, ';') and import that, or export with --format csv";

    private XlsxFiles() {
    }

    static Sheet read(Path file) {
        throw new IllegalArgumentException(NOT_YET);
    }

    static void write(Path file, List<String> header, List<List<String>> rows) {
        throw new IllegalArgumentException(NOT_YET);
    }

}
