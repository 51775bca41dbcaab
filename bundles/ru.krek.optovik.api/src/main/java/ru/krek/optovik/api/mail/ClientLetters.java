package ru.krek.optovik.api.mail;

import java.io.IOException;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListFile;

/**
 * Letters to clients, one composer for every mailing: Reply-To the client's manager, the extra addresses
 * as Cc, a Message-ID fixed by (campaign, client), List-Unsubscribe (mailto and the signed https link,
 * one-click) and control characters kept out of headers. The model a template sees always holds the
 * client's values: contact, company, date, managerName, managerEmail, siteUrl, pricelistUrl (signed,
 * expiring), preferencesUrl and unsubscribeUrl. Since 1.2.
 */
@ProviderType
public interface ClientLetters {

    /**
     * @param template the template set (see {@link LetterTemplates})
     * @param model    the letter's own values, beside the client's ones (a value given here wins)
     * @throws ClientException      the client's access token cannot be had
     * @throws PriceListException   the price-list link cannot be signed
     * @throws LetterTemplateException no usable template, or it failed on the model
     */
    Letter compose(Client client, Campaign campaign, String template, Map<String, ?> model)
            throws ClientException, PriceListException, LetterTemplateException;

    /**
     * The price-list letter (template "pricelist"): the file attached, or only its signed link when it is
     * larger than the configured attachment limit (optovik.mail attachment.max.kb).
     *
     * @throws IOException the file cannot be read
     */
    Letter priceList(Client client, Campaign campaign, PriceListFile file)
            throws ClientException, PriceListException, LetterTemplateException, IOException;
}
