package ru.krek.optovik.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.pricelist.PriceListException;
import ru.krek.optovik.api.pricelist.PriceListLinks;
import ru.krek.optovik.api.store.Store;

/**
 * /pricelist links: the client directory's signed client token (it dies with a changed e-mail or an
 * erasure) plus an expiry time, the pair signed again with a secret of the site's own, so nobody can
 * stretch the expiry: {@code <client token>.<expires, epoch seconds>.<signature>}.
 */
@Component(service = {PriceListLinks.class, PriceListLinkService.class}, configurationPid = WebConfig.PID)
public final class PriceListLinkService implements PriceListLinks {

    static final String SECRET = "pricelist-links";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** What a token from a link turned out to be. */
    record Checked(Outcome outcome, String clientToken) {
    }

    enum Outcome { VALID, INVALID, EXPIRED }

    private final ClientDirectory directory;
    private final AppSecrets secrets;
    private final SiteUrls urls;
    private final Clock clock;

    @Activate
    public PriceListLinkService(@Reference ClientDirectory directory, @Reference Store store, WebConfig config) {
        this.directory = directory;
        this.secrets = new AppSecrets(store, new SecureRandom());
        this.urls = new SiteUrls(config.public_url());
        this.clock = Clock.systemUTC();
    }

    @Override
    public String link(long clientId, Instant expires) throws PriceListException {
        try {
            String clientToken = directory.accessToken(clientId);
            String signed = clientToken + "." + expires.getEpochSecond();
            String token = signed + "." + URL.encodeToString(Hmac.sha256(secrets.secret(SECRET), signed));
            return urls.pricelist(token);
        } catch (ClientException | SQLException e) {
            throw new PriceListException("no link for client " + clientId + ": " + e.getMessage(), e);
        }
    }

    /** A link's token checked: signature first (so a forged expiry says nothing), then the time. */
    Checked check(String token) throws SQLException {
        int sig = token == null ? -1 : token.lastIndexOf('.');
        int exp = sig <= 0 ? -1 : token.lastIndexOf('.', sig - 1);
        if (exp <= 0 || token.length() > 500) {
            return new Checked(Outcome.INVALID, null);
        }
        String signed = token.substring(0, sig);
        byte[] expected = URL.encodeToString(Hmac.sha256(secrets.secret(SECRET), signed)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(sig + 1).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(Outcome.INVALID, null);
        }
        long expires;
        try {
            expires = Long.parseLong(token.substring(exp + 1, sig));
        } catch (NumberFormatException e) {
            return new Checked(Outcome.INVALID, null);
        }
        Outcome outcome = clock.instant().getEpochSecond() > expires ? Outcome.EXPIRED : Outcome.VALID;
        return new Checked(outcome, token.substring(0, exp));
    }

}
