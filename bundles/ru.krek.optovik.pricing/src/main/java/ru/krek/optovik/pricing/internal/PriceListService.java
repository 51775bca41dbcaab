package ru.krek.optovik.pricing.internal;

import java.util.List;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceLists;

/** What the pricelist: commands need beyond the public service; private to this bundle. */
public interface PriceListService extends PriceLists {

    /** The client's list as a model, built now without writing a file. */
    PriceList preview(long clientId) throws PriceListException;

    /**
     * The lists of many clients, distinct terms built in parallel and shared.
     *
     * @param formatId one format, or null for each client's preferred ones (or the default)
     */
    List<ClientLists> buildAll(List<Client> clients, String formatId) throws PriceListException;

    /**
     * What one client got.
     *
     * @param files one per format; empty when the list has no lines (the client gets no list)
     * @param error why the client's list could not be built; null when it was
     */
    record ClientLists(Client client, List<PriceListFile> files, String error) {
    }
}
