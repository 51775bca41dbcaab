package ru.krek.optovik.itest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A file of the {@link TextFormatter} read back. */
record TextList(String[] header, List<Line> lines) {

    /** One price-list line and the section (group) it was under. */
    record Line(String group, String offerId, BigDecimal price, BigDecimal stock, List<String> byWarehouse) {
    }

    static TextList read(Path file) throws IOException {
        String[] header = null;
        String group = null;
        List<Line> lines = new ArrayList<>();
        for (String row : Files.readAllLines(file)) {
            String[] cells = row.split("\t", -1);
            switch (cells[0]) {
                case "header" -> header = cells;
                case "section" -> group = cells[1];
                case "line" -> lines.add(new Line(group, cells[1], new BigDecimal(cells[2]),
                        cells[3].equals("-") ? null : new BigDecimal(cells[3]),
                        cells[4].isEmpty() ? List.of() : List.of(cells[4].split(","))));
                default -> throw new AssertionError("unexpected row " + row);
            }
        }
        return new TextList(header, lines);
    }

    int leftOut() {
        return Integer.parseInt(header[4]);
    }
}
