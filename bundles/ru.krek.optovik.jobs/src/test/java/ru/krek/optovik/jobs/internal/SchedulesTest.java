package ru.krek.optovik.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.jobs.ScheduledJob;

class SchedulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(MOSCOW).toInstant();
    }

    @Test
    void firesOnceWhenItsTimePasses() {
        Schedules s = Schedules.of(Map.of("backup.cron", "30 2 * * *"));
        assertEquals(List.of(), s.due(at("2030-01-01T02:00:00"), at("2030-01-01T02:29:59"), MOSCOW));
        assertEquals(List.of(new Schedules.Due("backup", at("2030-01-01T02:30:00"))),
                s.due(at("2030-01-01T02:29:59"), at("2030-01-01T02:30:00"), MOSCOW));
        assertEquals(List.of(), s.due(at("2030-01-01T02:30:00"), at("2030-01-01T02:31:00"), MOSCOW),
                "a fire time is in (after, now]: never twice");
    }

    @Test
    void aLongPauseFiresTheLatestMissedTimeOnly() {
        Schedules s = Schedules.of(Map.of("import.cron", "*/10 * * * *"));
        assertEquals(List.of(new Schedules.Due("import", at("2030-01-01T05:50:00"))),
                s.due(at("2030-01-01T03:05:00"), at("2030-01-01T05:55:00"), MOSCOW));
    }

    @Test
    void readsTheServerZone() {
        Schedules s = Schedules.of(Map.of("backup.cron", "0 3 * * *"));
        ZoneId utc = ZoneId.of("UTC");
        Instant threeUtc = Instant.parse("2030-01-01T03:00:00Z");
        assertEquals(List.of(new Schedules.Due("backup", threeUtc)),
                s.due(threeUtc.minusSeconds(1), threeUtc, utc));
        assertEquals(List.of(), s.due(threeUtc.minusSeconds(1), threeUtc, MOSCOW), "03:00 UTC is 06:00 in Moscow");
    }

    @Test
    void listsTheNextFireTimesSoonestFirst() {
        Schedules s = Schedules.of(Map.of("backup.cron", "30 2 * * *", "cleanup.cron", "0 1 * * *",
                "import.cron", " ", "alert.to", "ops@krek.example"));
        List<ScheduledJob> next = s.next(at("2030-01-01T00:00:00"), MOSCOW);
        assertEquals(List.of("cleanup", "backup"), next.stream().map(ScheduledJob::job).toList(),
                "blank = on demand only; other keys are no schedules");
        assertEquals(at("2030-01-01T01:00:00"), next.get(0).next().orElseThrow().toInstant());
        assertEquals("30 2 * * *", next.get(1).cron());
    }

    @Test
    void refusesWhatIsNotAFiveFieldExpression() {
        IllegalArgumentException six = assertThrows(IllegalArgumentException.class,
                () -> Schedules.of(Map.of("backup.cron", "0 30 2 * * *")));
        assertTrue(six.getMessage().contains("backup.cron '0 30 2 * * *' is not a 5-field"), six.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Schedules.of(Map.of("cleanup.cron", "61 * * * *")));
        assertTrue(bad.getMessage().startsWith("optovik.jobs: cleanup.cron '61 * * * *' is not a cron expression"),
                bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedules.of(Map.of("x.cron", "every day")));
    }
}
