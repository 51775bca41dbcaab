package ru.krek.optovik.web.internal;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import ru.krek.optovik.api.pricelist.PriceLists;

/**
 * The price-list formats a client can choose: those the pricing service can build with right now
 * (it tracks the formatter bundles as they come and go), none while pricing is absent.
 */
@Component(service = Formatters.class)
public final class Formatters {

    /** One choice on a page. */
    public record Format(String id, String displayName) {
    }

    // dynamic: the site must not restart when pricing restarts
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PriceLists priceLists;

    /** By id. */
    public List<Format> installed() {
        PriceLists lists = priceLists;
        return lists == null ? List.of() : lists.formats().stream().map(f -> new Format(f.id(), f.displayName())).toList();
    }
}
