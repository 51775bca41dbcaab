package ru.krek.optovik.api.pricelist;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Signed, expiring links to a client's current price list ({@code /pricelist?token=…}), for letters and
 * notifications. The link names the client through the client directory's signed token, so it stops
 * working when the client's e-mail changes or the client is erased, and also at {@code expires}.
 * Since 1.1.
 */
@ProviderType
public interface PriceListLinks {

    /**
     * The full address under the site's public URL.
     *
     * @throws PriceListException unknown client, or the directory cannot be reached
     */
    String link(long clientId, Instant expires) throws PriceListException;
}
