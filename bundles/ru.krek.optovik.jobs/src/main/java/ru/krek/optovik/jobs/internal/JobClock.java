package ru.krek.optovik.jobs.internal;

import java.time.Clock;
import java.time.Instant;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The time the runner, the scheduler and the platform jobs go by: a {@link Clock} service when one
 * is registered (a test moving time to make a schedule fire), else the system clock in the server's
 * time zone. Its own component, so jobs can use it without depending on the runner that uses them.
 */
@Component(service = JobClock.class)
public final class JobClock {

    /** A clock and its time when it was taken: the scheduler counts fire times from there. */
    record Current(Clock clock, Instant since) {
    }

    private final Clock system = Clock.systemDefaultZone();
    private volatile Current current = new Current(system, system.instant());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindClock(Clock clock) {
        current = new Current(clock, clock.instant());
    }

    void unbindClock(Clock clock) {
        if (current.clock() == clock) {
            current = new Current(system, system.instant());
        }
    }

    Clock clock() {
        return current.clock();
    }

    Current current() {
        return current;
    }
}
