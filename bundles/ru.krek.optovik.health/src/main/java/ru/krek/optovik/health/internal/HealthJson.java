package ru.krek.optovik.health.internal;

import ru.krek.optovik.api.status.SystemStatus;

/** The /health document, in the shape DESIGN.md promises to monitors. */
final class HealthJson {

    private HealthJson() {
    }

    static String brief(SystemStatus status) {
        return "{\"status\":\"" + word(status) + "\"}";
    }

    static String full(SystemStatus status) {
        return "{\"status\":\"" + word(status) + "\","
                + "\"database\":{\"reachable\":" + status.database().reachable()
                + ",\"version\":\"" + escape(status.database().version()) + "\"},"
                + "\"bundles\":{\"active\":" + status.bundlesActive() + ",\"total\":" + status.bundlesTotal() + "}}";
    }

    private static String word(SystemStatus status) {
        return status.up() ? "up" : "down";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
