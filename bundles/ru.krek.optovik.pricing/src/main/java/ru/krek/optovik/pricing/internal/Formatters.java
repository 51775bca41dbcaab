package ru.krek.optovik.pricing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.krek.optovik.api.pricelist.PriceListFormat;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/**
 * The formatter services installed right now. A build takes one {@link Installed} and keeps it to the
 * end, so a formatter updated or removed meanwhile never changes a file half-way through.
 */
final class Formatters {

    /**
     * One registered formatter.
     *
     * @param serviceId its service's id: a new one after every update, so files of the old one are not reused
     */
    record Installed(long serviceId, int ranking, PriceListFormatter formatter, PriceListFormat format) {
    }

    private final Map<Long, Installed> byService = new ConcurrentHashMap<>();

    void add(Installed installed) {
        byService.put(installed.serviceId(), installed);
    }

    void remove(long serviceId) {
        byService.remove(serviceId);
    }

    /** One per id: the highest ranked, then the oldest service, as OSGi picks a service. */
    List<Installed> all() {
        Map<String, Installed> best = new java.util.TreeMap<>();
        byService.values().stream().sorted(Comparator.comparingInt(Installed::ranking).reversed()
                .thenComparingLong(Installed::serviceId)).forEach(i -> best.putIfAbsent(i.format().id(), i));
        return List.copyOf(best.values());
    }

    Optional<Installed> find(String id) {
        return all().stream().filter(i -> i.format().id().equals(id)).findFirst();
    }
}
