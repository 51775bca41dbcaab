package ru.krek.optovik.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    /** A request that knows only its remote address and X-Forwarded-For. */
    private static HttpServletRequest request(String remote, String forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwarded : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() {
        ClientAddress address = new ClientAddress("10.0.0.1, 10.0.0.2");
        assertEquals("203.0.113.9", address.of(request("203.0.113.9", "198.51.100.1")), "an untrusted caller forges nothing");
        assertEquals("198.51.100.1", address.of(request("10.0.0.1", "198.51.100.1")));
        assertEquals("198.51.100.1", address.of(request("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2")),
                "the last hop before our proxies, not what the client wrote first");
        assertEquals("10.0.0.1", address.of(request("10.0.0.1", null)));
        assertEquals("203.0.113.9", new ClientAddress("").of(request("203.0.113.9", "198.51.100.1")));
    }
}
