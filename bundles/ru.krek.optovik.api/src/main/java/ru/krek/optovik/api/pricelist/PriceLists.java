package ru.krek.optovik.api.pricelist;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds clients' price lists from the catalog as it stands now, with whatever formatters are installed.
 * Letters, the /pricelist link and the shell all go through here.
 */
@ProviderType
public interface PriceLists {

    /** The formatters installed right now, by id. */
    List<PriceListFormat> formats();

    /**
     * The client's list in a format (the client's first preferred one when {@code formatId} is null),
     * built now or taken from an identical build for the same terms and catalog state.
     *
     * @return empty when the list would have no lines (the client gets no list)
     * @throws PriceListException unknown client, client without a discount type, unknown format, or a
     *                            formatter that failed
     */
    Optional<PriceListFile> build(long clientId, String formatId) throws PriceListException;
}
