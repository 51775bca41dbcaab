package ru.krek.optovik.pricing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.DiscountTypes;
import ru.krek.optovik.api.pricelist.PriceListException;

/** A client's terms and formats, from the client directory; every refusal names the client and why. */
final class ClientTerms {

    record Prepared(Client client, Terms terms) {
    }

    private final ClientDirectory directory;
    private final DiscountTypes discounts;
    private final Formatters formatters;
    private final List<String> defaultFormats;

    ClientTerms(ClientDirectory directory, DiscountTypes discounts, Formatters formatters, List<String> defaultFormats) {
        this.directory = directory;
        this.discounts = discounts;
        this.formatters = formatters;
        this.defaultFormats = defaultFormats;
    }

    Prepared prepare(long clientId) throws PriceListException {
        try {
            return prepare(directory.find(clientId).orElseThrow(() -> new PriceListException("no client " + clientId)));
        } catch (ClientException e) {
            throw new PriceListException(e.getMessage(), e);
        }
    }

    Prepared prepare(Client client) throws PriceListException {
        try {
            return prepare(client, client.discountTypeId() == null ? Optional.empty() : discounts.find(client.discountTypeId()));
        } catch (ClientException e) {
            throw new PriceListException(e.getMessage(), e);
        }
    }

    /** Every discount type by id, read once for a run over many clients. */
    Map<Long, DiscountType> discountTypes() throws PriceListException {
        try {
            Map<Long, DiscountType> byId = new HashMap<>();
            discounts.list().forEach(t -> byId.put(t.id(), t));
            return byId;
        } catch (ClientException e) {
            throw new PriceListException(e.getMessage(), e);
        }
    }

    Prepared prepare(Client client, Map<Long, DiscountType> types) throws PriceListException {
        return prepare(client, Optional.ofNullable(client.discountTypeId() == null ? null : types.get(client.discountTypeId())));
    }

    private Prepared prepare(Client client, Optional<DiscountType> type) throws PriceListException {
        if (client.discountTypeId() == null) {
            throw new PriceListException("client " + client.id() + " has no discount type (see client:discount)");
        }
        return new Prepared(client, Terms.of(client, type.orElseThrow(() -> new PriceListException(
                "client " + client.id() + ": discount type " + client.discountTypeId() + " does not exist"))));
    }

    /**
     * Format ids in order from configuration: a .cfg line gives one string ("xlsx, pdf, csv"), metatype
     * an array; both may separate ids by commas or spaces.
     */
    static List<String> formatOrder(String... configured) {
        return java.util.Arrays.stream(configured).flatMap(v -> java.util.Arrays.stream(v.split("[,\\s]+")))
                .filter(id -> !id.isEmpty()).map(id -> id.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }

    /**
     * The formatters to write the client's list with: the one asked for; else the client's preferred ones
     * that are installed; else the first installed of the default order; else the first installed.
     */
    List<Formatters.Installed> formats(Client client, String formatId) throws PriceListException {
        List<Formatters.Installed> installed = formatters.all();
        if (installed.isEmpty()) {
            throw new PriceListException("no price-list formatter is installed");
        }
        if (formatId != null) {
            return List.of(formatters.find(formatId).orElseThrow(() -> new PriceListException("no format " + formatId
                    + "; installed: " + String.join(", ", installed.stream().map(i -> i.format().id()).toList()))));
        }
        List<Formatters.Installed> chosen = new ArrayList<>();
        client.options().formats().forEach(id -> formatters.find(id).ifPresent(chosen::add));
        if (chosen.isEmpty()) {
            for (String id : defaultFormats) {
                Optional<Formatters.Installed> f = formatters.find(id.strip());
                if (f.isPresent()) {
                    return List.of(f.get());
                }
            }
            return List.of(installed.get(0));
        }
        return chosen;
    }
}
