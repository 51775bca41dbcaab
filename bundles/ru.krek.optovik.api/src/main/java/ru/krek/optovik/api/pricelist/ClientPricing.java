package ru.krek.optovik.api.pricelist;

import java.math.BigDecimal;
import org.osgi.annotation.versioning.ProviderType;

/** One client's terms (see {@link ClientPrices}): which 1C prices they see, and at what. Since 1.2. */
@ProviderType
public interface ClientPricing {

    /** The 1C price type the client's prices come from: the price itself, or the base the discount applies to. */
    String priceTypeId();

    /**
     * The client's price of an offer listed under a group, from its price in {@link #priceTypeId()}: the
     * group's percentage (or its nearest ancestor's, else the type's) taken off and rounded as the type says.
     */
    BigDecimal price(BigDecimal base, String groupId);
}
