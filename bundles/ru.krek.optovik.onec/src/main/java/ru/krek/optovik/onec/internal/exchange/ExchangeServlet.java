package ru.krek.optovik.onec.internal.exchange;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.catalog.ExchangeImporter;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.onec.internal.config.OnecConfig;
import ru.krek.optovik.onec.internal.config.OnecSettings;

/**
 * /1c/exchange: 1C's requests in, the protocol's answers out, in windows-1251. HTTP status is 200 even
 * for a failure: 1C reads the body's first word, not the status.
 */
@Component(service = Servlet.class, configurationPid = "optovik.onec")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + ExchangeContext.NAME + ")")
@HttpWhiteboardServletPattern("/exchange")
public final class ExchangeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeServlet.class);
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final transient ExchangeProtocol protocol;
    private final transient OptovikHome home;

    @Activate
    public ExchangeServlet(OnecConfig config, BundleContext context, @Reference ExchangeImporter importer) {
        this(new ExchangeProtocol(OptovikHome.of(context).resolve("1c/exchange"), importer, initial(config,
                OptovikHome.of(context)), Clock.systemDefaultZone()), OptovikHome.of(context));
    }

    ExchangeServlet(ExchangeProtocol protocol, OptovikHome home) {
        this.protocol = protocol;
        this.home = home;
    }

    private static OnecSettings initial(OnecConfig config, OptovikHome home) {
        try {
            return OnecSettings.of(config, home);
        } catch (IllegalArgumentException e) {
            LOG.error("{}; the 1C exchange stays off until it is corrected", e.getMessage());
            return OnecSettings.defaults(home);
        }
    }

    /** An invalid configuration keeps the last good one. */
    @Modified
    void modified(OnecConfig config) {
        try {
            protocol.configure(OnecSettings.of(config, home));
        } catch (IllegalArgumentException e) {
            LOG.error("{}; keeping the previous 1C exchange settings", e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        protocol.close();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"POST".equals(method)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // the query string alone: a form-encoded body must never be parsed as parameters
        Map<String, String> query = query(request.getQueryString());
        ExchangeReply reply = protocol.handle(new ExchangeRequest(query.get("type"), query.get("mode"),
                query.get("filename"), request.getHeader("Authorization"), cookie(request), request.getInputStream(),
                request.getContentLengthLong()));
        if (reply.newSession() != null) {
            Cookie cookie = new Cookie(ExchangeProtocol.COOKIE, reply.newSession());
            cookie.setHttpOnly(true);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            response.addCookie(cookie);
        }
        byte[] body = reply.text().getBytes(WINDOWS_1251);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(reply.contentType() + "; charset=windows-1251");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (ExchangeProtocol.COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    static Map<String, String> query(String queryString) {
        Map<String, String> values = new HashMap<>();
        if (queryString == null) {
            return values;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.putIfAbsent(URLDecoder.decode(key, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is as good as absent
            }
        }
        return values;
    }
}
