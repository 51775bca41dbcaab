package ru.krek.optovik.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.Confirmation;

/**
 * GET /confirm?token=… shows a button, POST confirms: mail scanners that follow links with GET must not
 * confirm a subscription the client never saw.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SiteContext.SELECT)
@HttpWhiteboardServletPattern("/confirm")
public final class ConfirmServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConfirmServlet.class);

    private final transient ClientDirectory directory;
    private final transient CsrfGuard csrf;
    private final transient Pages pages;

    @Activate
    public ConfirmServlet(@Reference ClientDirectory directory, @Reference CsrfGuard csrf, @Reference Pages pages) {
        this.directory = directory;
        this.csrf = csrf;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        try {
            pages.render(response, HttpServletResponse.SC_OK, "confirm", Map.of("token", token, "csrf", csrf.token(request, response)));
        } catch (java.sql.SQLException e) {
            unavailable(response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        try {
            if (!csrf.valid(request)) {
                pages.render(response, HttpServletResponse.SC_FORBIDDEN, "confirm", Map.of("token", token(request),
                        "csrf", csrf.token(request, response),
                        "error", "Страница устарела или открыта не с нашего сайта. Нажмите кнопку ещё раз."));
                return;
            }
            Confirmation confirmation = directory.confirm(token(request));
            pages.render(response, HttpServletResponse.SC_OK, "confirmed", Map.of("outcome", confirmation.outcome().name()));
        } catch (Exception e) {
            unavailable(response, e);
        }
    }

    private static String token(HttpServletRequest request) {
        String token = request.getParameter("token");
        return token == null ? "" : token.strip();
    }

    private void unavailable(HttpServletResponse response, Exception e) throws IOException {
        LOG.error("confirmation failed: {}", e.toString(), e);
        pages.render(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "message", Map.of("title", "Сервис временно недоступен",
                "text", "Не удалось подтвердить регистрацию. Пожалуйста, попробуйте ещё раз через несколько минут."));
    }
}
