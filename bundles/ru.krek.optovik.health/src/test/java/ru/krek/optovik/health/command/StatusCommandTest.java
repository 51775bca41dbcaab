package ru.krek.optovik.health.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.status.SystemStatus;
import ru.krek.optovik.api.store.StoreStatus;

class StatusCommandTest {

    @Test
    void formatZero() {
        assertEquals("0d 00h 00m 00s", StatusCommand.format(Duration.ZERO));
    }

    @Test
    void formatCarriesEachUnit() {
        assertEquals("0d 00h 00m 59s", StatusCommand.format(Duration.ofSeconds(59)));
        assertEquals("0d 00h 01m 00s", StatusCommand.format(Duration.ofSeconds(60)));
        assertEquals("0d 00h 59m 59s", StatusCommand.format(Duration.ofSeconds(3599)));
        assertEquals("0d 01h 00m 00s", StatusCommand.format(Duration.ofHours(1)));
        assertEquals("0d 23h 59m 59s", StatusCommand.format(Duration.ofSeconds(86_399)));
        assertEquals("1d 00h 00m 00s", StatusCommand.format(Duration.ofDays(1)));
    }

    @Test
    void formatMixed() {
        assertEquals("1d 02h 03m 04s", StatusCommand.format(Duration.ofDays(1).plusHours(2).plusMinutes(3).plusSeconds(4)));
        assertEquals("12d 13h 14m 15s", StatusCommand.format(Duration.parse("P12DT13H14M15S")));
    }

    @Test
    void formatDoesNotCapDays() {
        assertEquals("400d 00h 00m 01s", StatusCommand.format(Duration.ofDays(400).plusSeconds(1)));
    }

    @Test
    void formatDropsFractionsOfASecond() {
        assertEquals("0d 00h 00m 01s", StatusCommand.format(Duration.ofMillis(1_999)));
        assertEquals("0d 00h 00m 00s", StatusCommand.format(Duration.ofNanos(999_999_999)));
    }

    @Test
    void statusPrintsKeyValueLines() {
        StoreStatus db = new StoreStatus(true, true, "3.0.11", "embedded", "/srv/optovik/data/optovik.fdb", "");
        SystemStatus status = new SystemStatus(true, db, 41, 42, Duration.ofSeconds(90_061));

        assertEquals("""
                status: up
                database: reachable
                database-mode: embedded
                database-location: /srv/optovik/data/optovik.fdb
                firebird-version: 3.0.11
                bundles: 41 active of 42
                uptime: 1d 01h 01m 01s""", new StatusCommand(() -> status).status());
    }

    @Test
    void statusWhenTheDatabaseIsUnreachable() {
        StoreStatus db = new StoreStatus(false, false, "", "server", "jdbc:firebird://db:3050/optovik",
                "connection refused");
        SystemStatus status = new SystemStatus(false, db, 40, 42, Duration.ofMinutes(2));

        assertEquals("""
                status: down
                database: unreachable
                database-mode: server
                database-location: jdbc:firebird://db:3050/optovik
                firebird-version: unknown
                database-problem: connection refused
                bundles: 40 active of 42
                uptime: 0d 00h 02m 00s""", new StatusCommand(() -> status).status());
    }

    @Test
    void statusWhenReachableButNotReady() {
        StoreStatus db = new StoreStatus(false, true, "3.0.11", "embedded", "/x.fdb", "migration 3 failed");
        SystemStatus status = new SystemStatus(false, db, 42, 42, Duration.ZERO);

        String out = new StatusCommand(() -> status).status();

        assertEquals("database: reachable, not ready", out.lines().filter(l -> l.startsWith("database: ")).findFirst().orElseThrow());
        assertEquals("database-problem: migration 3 failed",
                out.lines().filter(l -> l.startsWith("database-problem: ")).findFirst().orElseThrow());
    }
}
