package ru.krek.optovik.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;
import ru.krek.optovik.api.store.Store;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/** What the in-framework tests share: services, configuration, waiting, and HTTP to the runtime. */
final class OptovikFramework {

    static final String STORE_PID = "optovik.db";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OptovikFramework() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(OptovikFramework.class).getBundleContext();
    }

    /** The service, held for the whole run: ungetting it would invalidate factory services such as ConfigAdmin. */
    @SuppressWarnings("unchecked")
    static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) TRACKERS.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(context(), type, null);
            opened.open();
            return opened;
        });
        try {
            T service = tracker.waitForService(PATIENCE.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service within " + PATIENCE);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void await(String what, BooleanSupplier condition) {
        await(what, condition, () -> "");
    }

    static void await(String what, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; state: " + state.get());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until the store serves, and returns it. */
    static Store readyStore() {
        Store store = service(Store.class);
        await("the database to be ready", () -> store.status().ready(), () -> store.status().toString());
        return store;
    }

    /**
     * Configures the store and waits until it has taken the configuration: DS publishes the
     * component's configuration as properties of its Store service once it has applied it.
     */
    static void configureStore(Object... keysAndValues) throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        configuration(STORE_PID).update(properties);
        awaitStoreProperties(properties);
    }

    /** Back to the defaults (the embedded database in the test's OPTOVIK_HOME), and waits for it. */
    static void unconfigureStore() throws IOException {
        configuration(STORE_PID).delete();
        awaitStoreProperties(new Hashtable<>());
    }

    private static void awaitStoreProperties(Dictionary<String, Object> configured) {
        // DS publishes the metatype defaults for keys the configuration leaves out.
        Map<String, Object> expected = new HashMap<>(Map.of("url", "", "pool.size", 8, "password", ""));
        for (String key : Collections.list(configured.keys())) {
            expected.put(key, configured.get(key));
        }
        await("the store to take its configuration " + expected, () -> {
            ServiceReference<Store> ref = context().getServiceReference(Store.class);
            if (ref == null) {
                return false;
            }
            for (String key : List.of("url", "pool.size", "password")) {
                if (!Objects.equals(expected.get(key), ref.getProperty(key))) {
                    return false;
                }
            }
            return true;
        }, () -> {
            ServiceReference<Store> ref = context().getServiceReference(Store.class);
            return ref == null ? "no Store service" : List.of("url", "pool.size", "password").stream()
                    .map(k -> k + "=" + ref.getProperty(k) + " (" + (ref.getProperty(k) == null ? "-" : ref.getProperty(k).getClass().getSimpleName()) + ")")
                    .toList().toString();
        });
    }

    /** Sets a configuration (all its keys at once); the caller waits for its effect. */
    static void configure(String pid, Object... keysAndValues) throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        configuration(pid).update(properties);
    }

    static void unconfigure(String pid) throws IOException {
        configuration(pid).delete();
    }

    private static Configuration configuration(String pid) throws IOException {
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        return admin.getConfiguration(pid, "?");
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).build());
    }

    /** A request to the runtime's HTTP port; the path includes any query. */
    static HttpRequest.Builder request(String path) {
        String port = context().getProperty("org.osgi.service.http.port");
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
    }

    static HttpResponse<byte[]> sendBytes(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String property(String name) {
        String value = context().getProperty(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError("framework property " + name + " is not set: run the tests through run/test, "
                    + "which starts a Firebird server and passes its settings");
        }
        return value;
    }

    /** The fault-injecting SMTP server of the mail bundle's tests, its script found through the framework property. */
    static FaultSmtpServer smtpServer(java.nio.file.Path dir, String... userAndPassword) throws IOException {
        return new FaultSmtpServer(java.nio.file.Path.of(property("optovik.test.smtpd")), dir, userAndPassword);
    }

    /** The same server with more of its options (--tls-cert, --tls-key, --require-starttls). */
    static FaultSmtpServer smtpServer(java.nio.file.Path dir, java.util.List<String> options) throws IOException {
        return new FaultSmtpServer(java.nio.file.Path.of(property("optovik.test.smtpd")), dir, options);
    }
}
