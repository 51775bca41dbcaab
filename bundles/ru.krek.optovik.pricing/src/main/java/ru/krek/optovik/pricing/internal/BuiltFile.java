package ru.krek.optovik.pricing.internal;

import java.nio.file.Path;

/**
 * A list built for one set of terms, catalog state and formatter.
 *
 * @param path    the file; null when the list has no lines (no file is written)
 * @param lines   lines in the list
 * @param leftOut offers left out for want of a price
 * @param date    the catalog date the list is of
 */
record BuiltFile(Path path, int lines, int leftOut, java.time.LocalDate date) {
}
