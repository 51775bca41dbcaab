package ru.krek.optovik.clients.transfer;

import java.util.List;
import java.util.Map;

/**
 * A client list as a file holds it: a header and data rows, each with its number in the file (the header
 * is row 1), so a report can point at it.
 */
public record Sheet(List<String> header, List<Row> rows) {

    public record Row(int number, Map<String, String> cells) {
    }
}
