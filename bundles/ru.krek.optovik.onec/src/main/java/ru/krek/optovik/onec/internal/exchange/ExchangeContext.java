package ru.krek.optovik.onec.internal.exchange;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The exchange's own servlet context at /1c: apart from the client site, so its sessions, CSRF and
 * rate limits never meet 1C, which can send none of them.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = ExchangeContext.NAME, path = "/1c")
public final class ExchangeContext extends ServletContextHelper {

    public static final String NAME = "optovik.1c";
}
