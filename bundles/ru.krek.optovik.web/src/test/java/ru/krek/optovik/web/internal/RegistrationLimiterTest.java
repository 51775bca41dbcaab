package ru.krek.optovik.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationLimiterTest {

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void anAddressGetsItsAllowanceInAnHourAndMoreAfterIt() {
        Hands clock = new Hands();
        RegistrationLimiter limiter = new RegistrationLimiter(2, 5, clock);
        assertTrue(limiter.tryAcquire("203.0.113.5"));
        clock.now = clock.now.plus(Duration.ofMinutes(30));
        assertTrue(limiter.tryAcquire("203.0.113.5"));
        assertFalse(limiter.tryAcquire("203.0.113.5"), "the third in an hour");
        assertTrue(limiter.tryAcquire("203.0.113.6"), "another address has its own allowance");
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertTrue(limiter.tryAcquire("203.0.113.5"), "the first one left the window");
        assertFalse(limiter.tryAcquire("203.0.113.5"));
    }

    @Test
    void aRefusalCountsNothing() {
        Hands clock = new Hands();
        RegistrationLimiter limiter = new RegistrationLimiter(1, 5, clock);
        assertTrue(limiter.tryAcquire("198.51.100.1"));
        for (int i = 0; i < 10; i++) {
            assertFalse(limiter.tryAcquire("198.51.100.1"));
        }
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertTrue(limiter.tryAcquire("198.51.100.1"), "hammering while refused does not extend the wait");
    }

    @Test
    void loopbackHasItsOwnAllowanceOrNone() {
        RegistrationLimiter limited = new RegistrationLimiter(1, 3, new Hands());
        for (int i = 0; i < 3; i++) {
            assertTrue(limited.tryAcquire("127.0.0.1"));
        }
        assertFalse(limited.tryAcquire("127.0.0.1"));
        RegistrationLimiter unlimited = new RegistrationLimiter(1, -1, new Hands());
        for (int i = 0; i < 50; i++) {
            assertTrue(unlimited.tryAcquire("0:0:0:0:0:0:0:1"), "the demo registers many clients");
        }
        assertTrue(RegistrationLimiter.isLoopback("127.8.9.10"));
        assertTrue(RegistrationLimiter.isLoopback("::1"));
        assertFalse(RegistrationLimiter.isLoopback("10.0.0.1"));
    }

    @Test
    void aZeroAllowanceRefusesEveryone() {
        assertFalse(new RegistrationLimiter(0, 0, new Hands()).tryAcquire("203.0.113.5"));
    }
}
