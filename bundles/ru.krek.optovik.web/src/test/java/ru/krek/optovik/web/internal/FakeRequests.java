package ru.krek.optovik.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Just enough of a servlet request and response for the pure pieces: cookies, parameters, added cookies. */
final class FakeRequests {

    private FakeRequests() {
    }

    static HttpServletRequest request(Map<String, String> parameters, Cookie... cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "isSecure" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response that remembers the cookies set on it. */
    static HttpServletResponse response(List<Cookie> set) {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        set.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static List<Cookie> cookies() {
        return new ArrayList<>();
    }
}
