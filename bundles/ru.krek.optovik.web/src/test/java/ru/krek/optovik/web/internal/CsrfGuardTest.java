package ru.krek.optovik.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsrfGuardTest {

    private final CsrfGuard guard = new CsrfGuard(name -> ("secret of " + name).getBytes(StandardCharsets.US_ASCII), new SecureRandom());

    /** A first visit: the cookie the guard sets and the form token it gives. */
    private record Visit(Cookie cookie, String token) {
    }

    private Visit visit() throws Exception {
        List<Cookie> set = FakeRequests.cookies();
        String token = guard.token(FakeRequests.request(Map.of()), FakeRequests.response(set));
        assertEquals(1, set.size(), "a first visit gets the cookie");
        return new Visit(set.get(0), token);
    }

    @Test
    void theCookieIsHttpOnlyStrictAndTheFormTokenMatchesIt() throws Exception {
        Visit visit = visit();
        assertEquals(CsrfGuard.COOKIE, visit.cookie().getName());
        assertTrue(visit.cookie().isHttpOnly());
        assertEquals("Strict", visit.cookie().getAttribute("SameSite"));
        assertTrue(guard.valid(FakeRequests.request(Map.of("csrf", visit.token()), visit.cookie())));
    }

    @Test
    void aReturningBrowserKeepsItsCookieAndGetsTheSameToken() throws Exception {
        Visit visit = visit();
        List<Cookie> set = FakeRequests.cookies();
        assertEquals(visit.token(), guard.token(FakeRequests.request(Map.of(), visit.cookie()), FakeRequests.response(set)));
        assertTrue(set.isEmpty(), "no new cookie");
    }

    @Test
    void aMissingForgedOrForeignTokenIsRefused() throws Exception {
        Visit mine = visit();
        Visit other = visit();
        assertFalse(guard.valid(FakeRequests.request(Map.of(), mine.cookie())), "no field");
        assertFalse(guard.valid(FakeRequests.request(Map.of("csrf", mine.token()))), "no cookie (a cross-site post)");
        assertFalse(guard.valid(FakeRequests.request(Map.of("csrf", "forged"), mine.cookie())));
        assertFalse(guard.valid(FakeRequests.request(Map.of("csrf", other.token()), mine.cookie())), "another browser's token");
        assertFalse(guard.valid(FakeRequests.request(Map.of("csrf", mine.token()), new Cookie(CsrfGuard.COOKIE, "short"))),
                "a malformed cookie");
    }

    @Test
    void anotherSecretAcceptsNothing() throws Exception {
        Visit visit = visit();
        CsrfGuard elsewhere = new CsrfGuard(name -> "another secret".getBytes(StandardCharsets.US_ASCII), new SecureRandom());
        assertFalse(elsewhere.valid(FakeRequests.request(Map.of("csrf", visit.token()), visit.cookie())));
    }
}
