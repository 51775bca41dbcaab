package ru.krek.optovik.api.pricelist;

/**
 * An installed formatter as operators and clients see it.
 *
 * @param id            the formatter's id (xlsx, pdf, csv…)
 * @param displayName   what a person reads
 * @param mediaType     the file's media type
 * @param fileExtension without the dot
 * @param bundle        the symbolic name of the bundle that provides it
 * @param version       that bundle's version
 */
public record PriceListFormat(String id, String displayName, String mediaType, String fileExtension, String bundle,
        String version) {
}
