package ru.krek.optovik.api.pricelist;

import java.nio.file.Path;

/**
 * A client's price list written in one format.
 *
 * @param path      the built file; clients with identical terms share it, so read it, never change it
 * @param fileName  the name to give it in a letter or a download (the client's name, date and extension)
 * @param format    the format it was written in
 * @param lines     lines in the list
 * @param leftOut   offers left out for want of a price in the client's price type
 */
public record PriceListFile(Path path, String fileName, PriceListFormat format, int lines, int leftOut) {
}
