package ru.krek.optovik.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import ru.krek.optovik.api.store.Store;

/**
 * Double-submit CSRF protection without server sessions: a random id in a cookie, and in each form the
 * HMAC of that id under a secret kept in the database (so every instance on it accepts every form).
 */
@Component(service = CsrfGuard.class)
public final class CsrfGuard {

    static final String COOKIE = "optovik_csrf";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** Where the signing secret comes from: the database (AppSecrets) in service, a fixed one in unit tests. */
    @FunctionalInterface
    interface Secrets {
        byte[] secret(String name) throws SQLException;
    }

    private final Secrets secrets;
    private final SecureRandom random;

    @Activate
    public CsrfGuard(@Reference Store store) {
        this(new SecureRandom(), store);
    }

    private CsrfGuard(SecureRandom random, Store store) {
        this(new AppSecrets(store, random)::secret, random);
    }

    CsrfGuard(Secrets secrets, SecureRandom random) {
        this.secrets = secrets;
        this.random = random;
    }

    /** The value for the form's csrf field; sets the cookie when the browser has none yet. */
    public String token(HttpServletRequest request, HttpServletResponse response) throws SQLException {
        String id = cookie(request);
        if (id == null) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            id = URL.encodeToString(bytes);
            Cookie cookie = new Cookie(COOKIE, id);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        return sign(id);
    }

    /** True when the request carries the cookie and the form field that belongs to it. */
    public boolean valid(HttpServletRequest request) throws SQLException {
        String id = cookie(request);
        String field = request.getParameter("csrf");
        if (id == null || field == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(id).getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String id) throws SQLException {
        return URL.encodeToString(Hmac.sha256(secrets.secret("web-csrf"), id));
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{43}")) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
