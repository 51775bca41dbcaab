package ru.krek.optovik.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/** The site's style sheet, from this bundle's /static folder (CSP forbids inline styles). */
@Component(service = SiteResources.class)
@HttpWhiteboardContextSelect(SiteContext.SELECT)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public final class SiteResources {
}
