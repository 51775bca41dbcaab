package ru.krek.optovik.api.client;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The discount types managers assign to clients. */
@ProviderType
public interface DiscountTypes {

    /** Every discount type, by name. */
    List<DiscountType> list() throws ClientException;

    Optional<DiscountType> find(long id) throws ClientException;

    /** By name, case ignored. */
    Optional<DiscountType> find(String name) throws ClientException;

    /**
     * Stores a new discount type (its id is ignored).
     *
     * @throws InvalidClientException a name in use, or a price type the catalog does not hold
     */
    DiscountType add(DiscountType type) throws ClientException;

    /** Replaces the terms of the discount type with {@code type.id()}. */
    DiscountType edit(DiscountType type) throws ClientException;

    /** @throws ClientException the type is assigned to clients (the message says how many) */
    void delete(long id) throws ClientException;

    /** The type new clients get (configured by name); empty when none is configured or it does not exist. */
    Optional<DiscountType> defaultType() throws ClientException;
}
