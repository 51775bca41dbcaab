package ru.krek.optovik.web.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The clients' site in its own servlet context, apart from 1C's (/1c): its filters (security headers,
 * size limit) never touch the exchange, and the exchange's Basic auth never touches the site.
 */
// the lowest ranking: the default context (/health) shares the path "/" and must see requests first, the
// site's "/" servlet takes what nobody else serves
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE,
        property = "service.ranking:Integer=" + Integer.MIN_VALUE)
@HttpWhiteboardContext(name = SiteContext.NAME, path = "/")
public final class SiteContext extends ServletContextHelper {

    public static final String NAME = "optovik.site";
    public static final String SELECT = "(osgi.http.whiteboard.context.name=" + NAME + ")";

    /** With the bundle, so resources (the style sheet) come from this bundle's entries. */
    @Activate
    public SiteContext(BundleContext context) {
        super(context.getBundle());
    }
}
