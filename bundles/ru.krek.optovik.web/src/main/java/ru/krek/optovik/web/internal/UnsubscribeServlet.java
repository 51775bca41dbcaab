package ru.krek.optovik.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientStatus;

/**
 * /unsubscribe?token=…: GET shows a button, POST (with CSRF) unsubscribes. The RFC 8058 one-click POST a
 * mail client sends (body List-Unsubscribe=One-Click, no cookies) is authenticated by the signed token in
 * the URL alone: it can carry no CSRF token, and the signature already proves the link came from a letter.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SiteContext.SELECT)
@HttpWhiteboardServletPattern("/unsubscribe")
public final class UnsubscribeServlet extends ClientLinkServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeServlet.class);

    @Activate
    public UnsubscribeServlet(@Reference ClientDirectory directory, @Reference AccessGate gate, @Reference CsrfGuard csrf,
            @Reference SettingsPage page) {
        super(directory, gate, csrf, page);
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception {
        button(request, response, HttpServletResponse.SC_OK, token, client, null);
    }

    @Override
    void submit(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception {
        boolean oneClick = "One-Click".equals(request.getParameter("List-Unsubscribe"));
        if (!oneClick && !csrf.valid(request)) {
            button(request, response, HttpServletResponse.SC_FORBIDDEN, token, client,
                    "Страница устарела или открыта не с нашего сайта. Нажмите кнопку ещё раз.");
            return;
        }
        if (client.status() == ClientStatus.UNSUBSCRIBED) {
            done(response, "already-unsubscribed", "Вы уже отписаны",
                    "Этот адрес уже отписан от рассылки КРЭК, письма на него не придут.");
            return;
        }
        directory.unsubscribe(client.id());
        LOG.info("client {} unsubscribed{}", client.id(), oneClick ? " (one-click)" : "");
        done(response, "unsubscribed", "Вы отписались от рассылки",
                "Прайс-листы и уведомления КРЭК больше не будут приходить на этот адрес. Чтобы вернуться, зарегистрируйтесь снова на главной странице.");
    }

    private void button(HttpServletRequest request, HttpServletResponse response, int status, String token, Client client,
            String error) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("email", client.details().email());
        model.put("csrf", csrf.token(request, response));
        if (error != null) {
            model.put("error", error);
        }
        page.render(response, status, "unsubscribe", model);
    }

    private void done(HttpServletResponse response, String id, String title, String text) throws IOException {
        page.render(response, HttpServletResponse.SC_OK, "message", Map.of("id", id, "title", title, "text", text));
    }
}
