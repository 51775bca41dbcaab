package ru.krek.optovik.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/** The client's address for the consent record: X-Forwarded-For counts only from a trusted proxy. */
final class ClientAddress {

    private final List<String> trustedProxies;

    ClientAddress(String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        // the last hop a trusted proxy added is the one we can believe
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.replaceAll("[^0-9A-Fa-f.:]", "");
            }
        }
        return remote;
    }
}
