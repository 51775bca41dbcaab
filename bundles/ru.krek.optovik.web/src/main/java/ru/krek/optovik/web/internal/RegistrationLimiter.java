package ru.krek.optovik.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Registrations per client address in a sliding hour. In memory: a restart or a second instance starts
 * afresh, which only makes the limit looser, never locks anyone out for good.
 */
final class RegistrationLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final int loopbackPerHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new HashMap<>();

    /**
     * @param perHour         allowed per address and hour; 0 or less refuses every registration
     * @param loopbackPerHour the same for 127.0.0.0/8 and ::1 (the demo, local scripts); below 0 = no limit
     */
    RegistrationLimiter(int perHour, int loopbackPerHour, Clock clock) {
        this.perHour = perHour;
        this.loopbackPerHour = loopbackPerHour;
        this.clock = clock;
    }

    /** Counts one registration from the address, or answers false (counting nothing) when it is over its limit. */
    synchronized boolean tryAcquire(String address) {
        boolean loopback = isLoopback(address);
        int limit = loopback ? loopbackPerHour : perHour;
        if (loopback && limit < 0) {
            return true;
        }
        Instant now = clock.instant();
        forgetBefore(now.minus(WINDOW));
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        if (times.size() >= limit) {
            if (times.isEmpty()) {
                recent.remove(address);
            }
            return false;
        }
        times.addLast(now);
        return true;
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }

    /** Old entries go, so a flood of addresses cannot grow the map for ever. */
    private void forgetBefore(Instant cutoff) {
        for (Iterator<Deque<Instant>> it = recent.values().iterator(); it.hasNext();) {
            Deque<Instant> times = it.next();
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }
}
