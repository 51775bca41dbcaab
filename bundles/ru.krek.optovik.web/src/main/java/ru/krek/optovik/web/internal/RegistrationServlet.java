package ru.krek.optovik.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.Registration;
import ru.krek.optovik.api.mail.LetterTemplates;
import ru.krek.optovik.api.mail.PostOffice;

/**
 * GET / shows the registration form; POST / registers. Whatever the directory answers for a valid form
 * (new, known, blocked), the client sees the same "check your mail" page, so the site reveals no e-mail;
 * only the letter differs (RegistrationOutcomes).
 */
// the PID is optovik.web (DESIGN.md), not the component's name
@Component(service = Servlet.class, configurationPid = WebConfig.PID)
@Designate(ocd = WebConfig.class)
@HttpWhiteboardContextSelect(SiteContext.SELECT)
// "/" is the context's default servlet: the whiteboard ignores the root-only pattern ""; other paths fall
// through to it, so it answers only "/" and turns away the rest
@HttpWhiteboardServletPattern("/")
public final class RegistrationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The version of the consent text on the form; bump it whenever the wording changes. */
    static final String CONSENT_VERSION = "2026-11-27";
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationServlet.class);

    private final transient ClientDirectory directory;
    private final transient CsrfGuard csrf;
    private final transient SettingsPage page;
    private final transient RegistrationOutcomes outcomes;
    private final transient ClientAddress address;
    private final transient RegistrationLimiter limiter;

    @Activate
    public RegistrationServlet(@Reference ClientDirectory directory, @Reference PostOffice office,
            @Reference LetterTemplates templates, @Reference CsrfGuard csrf, @Reference SettingsPage page, WebConfig config) {
        this.directory = directory;
        this.csrf = csrf;
        this.page = page;
        this.outcomes = new RegistrationOutcomes(new ClientLetters(office, templates, directory, new SiteUrls(config.public_url())),
                new ManagerLetters(office, templates));
        this.address = new ClientAddress(config.trusted_proxies());
        this.limiter = new RegistrationLimiter(config.registration_rate_per_hour(), config.registration_rate_per_hour_loopback(),
                Clock.systemUTC());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (notHere(request, response)) {
            return;
        }
        form(request, response, HttpServletResponse.SC_OK, RegistrationForm.blank(), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (notHere(request, response)) {
            return;
        }
        request.setCharacterEncoding("UTF-8");
        RegistrationForm form = RegistrationForm.of(request::getParameterValues);
        try {
            if (!csrf.valid(request)) {
                form(request, response, HttpServletResponse.SC_FORBIDDEN, form,
                        Map.of("form", "Форма устарела или открыта не с нашего сайта. Проверьте данные и отправьте её ещё раз."));
                return;
            }
            Map<String, String> problems = form.problems(new HashSet<>(page.formatIds()));
            if (!problems.isEmpty()) {
                form(request, response, HttpServletResponse.SC_BAD_REQUEST, form, problems);
                return;
            }
            String from = address.of(request);
            if (!limiter.tryAcquire(from)) {
                LOG.warn("registration from {} refused: over registration.rate.per.hour", from);
                page.render(response, 429, "message", Map.of("id", "rate-limited", "title", "Слишком много регистраций",
                        "text", "С вашего адреса за последний час уже было много регистраций. Пожалуйста, попробуйте позже "
                                + "или напишите в отдел оптовых продаж КРЭК."));
                return;
            }
            Registration registration = directory.register(form.details(), form.chosenGroups(), form.options(),
                    new Consent(CONSENT_VERSION, Instant.now(), from));
            outcomes.tell(registration, form.details());
            page.render(response, HttpServletResponse.SC_OK, "check-mail", Map.of("email", form.details().email()));
        } catch (InvalidClientException e) {
            form(request, response, HttpServletResponse.SC_BAD_REQUEST, form, e.problems());
        } catch (Exception e) {
            LOG.error("registration failed: {}", e.toString(), e);
            page.render(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "message", Map.of("title", "Сервис временно недоступен",
                    "text", "Не удалось принять регистрацию. Пожалуйста, попробуйте ещё раз через несколько минут."));
        }
    }

    private boolean notHere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/".equals(request.getRequestURI())) {
            return false;
        }
        page.render(response, HttpServletResponse.SC_NOT_FOUND, "message", Map.of("title", "Страница не найдена",
                "text", "Такой страницы на сайте нет. Регистрация — на главной странице."));
        return true;
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, RegistrationForm form,
            Map<String, String> errors) throws IOException {
        Map<String, Object> model = new HashMap<>();
        try {
            page.fill(model, request, response, form.groups(), List.of(), form.settings(), errors);
        } catch (Exception e) {
            LOG.error("registration form unavailable: {}", e.toString(), e);
            page.render(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "message", Map.of("title", "Сервис временно недоступен",
                    "text", "Форма регистрации сейчас недоступна. Пожалуйста, попробуйте позже."));
            return;
        }
        model.put("values", form.values());
        model.put("consent", form.consent());
        page.render(response, status, "register", model);
    }
}
