package ru.krek.optovik.api.pricelist;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a {@link PriceList} as a file of one format. Formatters are DS services in bundles of their
 * own, installed, updated and removed while Optovik runs; the pricing side takes every one it finds.
 * A formatter keeps no state between calls: several lists may be written at once.
 */
@ConsumerType
public interface PriceListFormatter {

    /** Short, stable, lower case: "xlsx", "pdf", "csv"; what clients choose and commands take. */
    String id();

    /** What a person sees: «Excel (XLSX)». */
    String displayName();

    /** e.g. application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
    String mediaType();

    /** Without the dot: "xlsx". */
    String fileExtension();

    /**
     * Writes the whole list to {@code out} (not closing it). Text that came from 1C or from a client goes
     * through {@link CellText#neutralise(String)} where the format could read it as a formula.
     */
    void write(PriceList list, OutputStream out) throws IOException;
}
