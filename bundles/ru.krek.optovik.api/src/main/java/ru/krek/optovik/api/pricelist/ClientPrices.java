package ru.krek.optovik.api.pricelist;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Clients' prices outside a price list (change notifications, anything that quotes one price): the same
 * discount arithmetic the price lists use, so a price never differs between a list and a letter. Since 1.2.
 */
@ProviderType
public interface ClientPrices {

    /**
     * The client's terms as they stand now.
     *
     * @throws PriceListException unknown client, a client without a discount type, or the directory is unreachable
     */
    ClientPricing of(long clientId) throws PriceListException;
}
