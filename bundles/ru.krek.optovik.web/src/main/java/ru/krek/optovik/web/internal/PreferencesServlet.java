package ru.krek.optovik.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.InvalidClientException;

/**
 * /preferences?token=… (the signed link in every letter): GET shows the client's groups and delivery
 * settings, POST (with CSRF) saves them. Groups and settings are checked before anything is written.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(SiteContext.SELECT)
@HttpWhiteboardServletPattern("/preferences")
public final class PreferencesServlet extends ClientLinkServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesServlet.class);

    @Activate
    public PreferencesServlet(@Reference ClientDirectory directory, @Reference AccessGate gate, @Reference CsrfGuard csrf,
            @Reference SettingsPage page) {
        super(directory, gate, csrf, page);
    }

    @Override
    void show(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception {
        show(request, response, HttpServletResponse.SC_OK, token, client, client.groups().ids(), SettingsForm.of(client.options()),
                Map.of(), null);
    }

    @Override
    void submit(HttpServletRequest request, HttpServletResponse response, String token, Client client) throws Exception {
        FormParams form = request::getParameterValues;
        List<String> groups = form.repeated("groups");
        SettingsForm settings = SettingsForm.of(form);
        if (!csrf.valid(request)) {
            show(request, response, HttpServletResponse.SC_FORBIDDEN, token, client, groups, settings,
                    Map.of("form", "Страница устарела или открыта не с нашего сайта. Проверьте настройки и сохраните их ещё раз."), null);
            return;
        }
        Set<String> allowed = new HashSet<>(page.formatIds());
        allowed.addAll(client.options().formats()); // a format uninstalled since may stay chosen
        Map<String, String> problems = settings.problems(allowed);
        if (!problems.isEmpty()) {
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, token, client, groups, settings, problems, null);
            return;
        }
        try {
            directory.setGroups(client.id(), groups.isEmpty() ? Groups.everything() : Groups.of(groups));
        } catch (InvalidClientException e) {
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, token, client, groups, settings, e.problems(), null);
            return;
        }
        Client saved = directory.setOptions(client.id(), settings.options());
        LOG.info("client {} changed preferences", client.id());
        show(request, response, HttpServletResponse.SC_OK, token, saved, saved.groups().ids(), SettingsForm.of(saved.options()),
                Map.of(), "Настройки сохранены.");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String token, Client client,
            List<String> groups, SettingsForm settings, Map<String, String> errors, String saved) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("company", client.details().company());
        model.put("email", client.details().email());
        model.put("status", client.status().word());
        if (saved != null) {
            model.put("saved", saved);
        }
        page.fill(model, request, response, groups, directory.groups(client.id()), settings, errors);
        page.render(response, status, "preferences", model);
    }
}
