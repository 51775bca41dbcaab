package ru.krek.optovik.web.internal;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/** The price-list formats installed right now: formatter bundles come and go while the site runs. */
@Component(service = Formatters.class)
public final class Formatters {

    /** One choice on a page. */
    public record Format(String id, String displayName) {
    }

    // dynamic: the site must not restart when a formatter bundle is installed, updated or removed
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PriceListFormatter> formatters = List.of();

    /** By id; one entry per id even if two bundles offer it. */
    public List<Format> installed() {
        Set<String> seen = new LinkedHashSet<>();
        return formatters.stream().sorted(Comparator.comparing(PriceListFormatter::id))
                .filter(f -> seen.add(f.id())).map(f -> new Format(f.id(), f.displayName())).toList();
    }
}
