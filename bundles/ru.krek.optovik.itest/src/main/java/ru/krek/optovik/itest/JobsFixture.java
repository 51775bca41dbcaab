package ru.krek.optovik.itest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.jobs.Job;
import ru.krek.optovik.api.jobs.JobContext;
import ru.krek.optovik.api.jobs.JobParameter;

/** Jobs and a clock that tests register as services, unregistered again by {@link #close()}. */
final class JobsFixture implements AutoCloseable {

    static final String PID = "optovik.jobs";
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @FunctionalInterface
    interface Work {
        void run(JobContext context) throws Exception;
    }

    /** A clock that stands still until the test moves it; UTC, so fire times read plainly. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock is UTC");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    void job(String name, List<JobParameter> parameters, Work work) {
        registrations.add(OptovikFramework.context().registerService(Job.class, new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "an in-framework test's job";
            }

            @Override
            public List<JobParameter> parameters() {
                return parameters;
            }

            @Override
            public void run(JobContext context) throws Exception {
                work.run(context);
            }
        }, null));
    }

    TestClock clock(Instant start) {
        TestClock clock = new TestClock(start);
        registrations.add(OptovikFramework.context().registerService(Clock.class, clock, null));
        return clock;
    }

    /** optovik.jobs with no platform job scheduled, plus the given keys. */
    static void configure(Object... keysAndValues) throws IOException {
        List<Object> all = new ArrayList<>(List.of("import.cron", "", "backup.cron", "", "cleanup.cron", "",
                "inbox-watch.cron", "", "mail-watch.cron", ""));
        all.addAll(List.of(keysAndValues));
        OptovikFramework.configure(PID, all.toArray());
    }

    /** Waits until a component of the jobs bundle publishes the configured value as a service property. */
    static void awaitProperty(String objectClass, String key, Object value) {
        OptovikFramework.await(objectClass + " to take " + key + "=" + value, () -> {
            try {
                var refs = OptovikFramework.context().getServiceReferences(objectClass, "(" + key + "=" + value + ")");
                return refs != null && refs.length > 0;
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        registrations.forEach(ServiceRegistration::unregister);
        OptovikFramework.unconfigure(PID);
    }
}
