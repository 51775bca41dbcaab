package ru.krek.optovik.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's addresses as clients reach them (public.url), for links in letters. */
record SiteUrls(String base) {

    SiteUrls {
        base = base == null || base.isBlank() ? "http://localhost:8080/" : base.strip();
        base = base.endsWith("/") ? base : base + "/";
    }

    String confirm(String token) {
        return base + "confirm?token=" + encode(token);
    }

    /** A client's settings, through the directory's signed token (ClientDirectory.accessToken). */
    String preferences(String accessToken) {
        return base + "preferences?token=" + encode(accessToken);
    }

    /** Also the RFC 8058 one-click target of the List-Unsubscribe header. */
    String unsubscribe(String accessToken) {
        return base + "unsubscribe?token=" + encode(accessToken);
    }

    /** A price list download (PriceListLinkService's signed, expiring token). */
    String pricelist(String token) {
        return base + "pricelist?token=" + encode(token);
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
