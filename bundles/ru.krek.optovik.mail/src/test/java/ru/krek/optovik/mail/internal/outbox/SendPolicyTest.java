package ru.krek.optovik.mail.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.mail.internal.config.TestMailConfig;

class SendPolicyTest {

    @Test
    void theRateBecomesTheTimeBetweenLettersAndZeroMeansNoLimit() {
        assertEquals(Duration.ofSeconds(1), policy(Map.of("rate.per.minute", 60)).interval());
        assertEquals(Duration.ofMillis(5), policy(Map.of("rate.per.minute", 12000)).interval());
        assertEquals(Duration.ZERO, policy(Map.of("rate.per.minute", 0)).interval());
    }

    @Test
    void backoffDoublesFromTheBaseAndStopsAtSixHours() {
        SendPolicy p = policy(Map.of("retry.base.seconds", 60));
        assertEquals(Duration.ofMinutes(1), p.backoff(1));
        assertEquals(Duration.ofMinutes(2), p.backoff(2));
        assertEquals(Duration.ofMinutes(8), p.backoff(4));
        assertEquals(Duration.ofHours(6), p.backoff(30));
    }

    @Test
    void aWindowMayCrossMidnightAndEmptyMeansAnyTime() {
        SendPolicy day = policy(Map.of("send.window", "8-20"));
        assertTrue(day.windowOpen(LocalTime.of(8, 0)));
        assertTrue(day.windowOpen(LocalTime.of(19, 59)));
        assertFalse(day.windowOpen(LocalTime.of(20, 0)));
        assertFalse(day.windowOpen(LocalTime.of(3, 0)));
        SendPolicy night = policy(Map.of("send.window", "22-6"));
        assertTrue(night.windowOpen(LocalTime.of(23, 30)));
        assertTrue(night.windowOpen(LocalTime.of(5, 0)));
        assertFalse(night.windowOpen(LocalTime.of(12, 0)));
        assertTrue(policy(Map.of()).windowOpen(LocalTime.of(3, 0)));
    }

    @Test
    void badValuesAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy(Map.of("send.window", "8-8"))).getMessage().contains("send.window"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy(Map.of("send.window", "вечером"))).getMessage().contains("send.window"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy(Map.of("rate.per.minute", -1))).getMessage().contains("rate.per.minute"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> policy(Map.of("retry.max.attempts", 0))).getMessage().contains("retry.max.attempts"));
    }

    private static SendPolicy policy(Map<String, ?> values) {
        return SendPolicy.of(TestMailConfig.of(values));
    }
}
