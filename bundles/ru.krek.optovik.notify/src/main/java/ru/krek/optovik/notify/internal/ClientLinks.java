package ru.krek.optovik.notify.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.pricelist.PriceListLinks;

/**
 * A client's signed links for a letter: preferences and unsubscribe (the directory's access token, the
 * addresses the web bundle serves under optovik.web public.url) and the current price list.
 */
@Component(service = ClientLinks.class, configurationPid = "optovik.web")
public final class ClientLinks {

    /** @param pricelist the client's /pricelist link */
    record Links(String site, String preferences, String unsubscribe, String pricelist) {
    }

    private final ClientDirectory directory;
    private final PriceListLinks pricelists;
    private final String base;

    @Activate
    public ClientLinks(@Reference ClientDirectory directory, @Reference PriceListLinks pricelists, SiteConfig site) {
        this.directory = directory;
        this.pricelists = pricelists;
        String url = site.public_url() == null || site.public_url().isBlank() ? "http://localhost:8080/" : site.public_url().strip();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    Links of(long clientId, Duration pricelistValid, Clock clock) throws Exception {
        String token = URLEncoder.encode(directory.accessToken(clientId), StandardCharsets.UTF_8);
        return new Links(base, base + "preferences?token=" + token, base + "unsubscribe?token=" + token,
                pricelists.link(clientId, clock.instant().plus(pricelistValid)));
    }
}
