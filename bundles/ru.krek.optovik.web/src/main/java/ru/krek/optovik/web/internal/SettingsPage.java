package ru.krek.optovik.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.client.SubscribedGroup;

/**
 * What the registration and preferences pages share: the CSRF field, the group tree, the installed formats
 * and the choices of stock and frequencies (settings.ftlh prints them), and the "unavailable" page.
 */
@Component(service = SettingsPage.class)
public final class SettingsPage {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsPage.class);
    private static final List<List<String>> STOCK = List.of(List.of("total", "общим количеством"),
            List.of("per-warehouse", "по каждому складу"));
    private static final List<List<String>> PRICE_LISTS = List.of(List.of("each-import", "после каждой выгрузки каталога"),
            List.of("daily", "раз в день"), List.of("weekly", "раз в неделю"), List.of("monthly", "раз в месяц"));
    private static final List<List<String>> NOTICES = List.of(List.of("instant", "сразу"),
            List.of("daily", "сводкой раз в день"), List.of("weekly", "сводкой раз в неделю"), List.of("off", "не присылать"));

    private final CsrfGuard csrf;
    private final CatalogGroups catalog;
    private final Formatters formatters;
    private final Pages pages;

    @Activate
    public SettingsPage(@Reference CsrfGuard csrf, @Reference CatalogGroups catalog, @Reference Formatters formatters,
            @Reference Pages pages) {
        this.csrf = csrf;
        this.catalog = catalog;
        this.formatters = formatters;
        this.pages = pages;
    }

    List<String> formatIds() {
        return formatters.installed().stream().map(Formatters.Format::id).toList();
    }

    /** Puts csrf, groups, formats, settings, the choice lists and errors into the model. */
    void fill(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response, Collection<String> chosen,
            List<SubscribedGroup> subscribed, SettingsForm settings, Map<String, String> errors) throws Exception {
        model.put("csrf", csrf.token(request, response));
        model.put("groups", GroupChoices.rows(catalog.tree(), chosen, subscribed));
        model.put("formats", formats(settings.formats()));
        model.put("settings", Map.of("inStockOnly", settings.inStockOnly(), "stock", settings.stock(),
                "priceLists", settings.priceLists(), "notifications", settings.notifications()));
        model.put("stockChoices", STOCK);
        model.put("pricelistFrequencies", PRICE_LISTS);
        model.put("notifyFrequencies", NOTICES);
        model.put("errors", errors);
    }

    /** The installed formats, then the chosen ones no longer installed (kept until unticked, marked). */
    private List<Map<String, Object>> formats(List<String> chosen) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> installed = new ArrayList<>();
        for (Formatters.Format f : formatters.installed()) {
            installed.add(f.id());
            rows.add(Map.of("id", f.id(), "name", f.displayName(), "checked", chosen.contains(f.id()), "missing", false));
        }
        chosen.stream().filter(id -> !installed.contains(id))
                .forEach(id -> rows.add(Map.of("id", id, "name", id, "checked", true, "missing", true)));
        return rows;
    }

    void render(HttpServletResponse response, int status, String name, Map<String, ?> model) throws IOException {
        pages.render(response, status, name, model);
    }

    void unavailable(HttpServletResponse response, Exception e) throws IOException {
        LOG.error("site page failed: {}", e.toString(), e);
        pages.render(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "message", Map.of("title", "Сервис временно недоступен",
                "text", "Сейчас страница недоступна. Пожалуйста, попробуйте ещё раз через несколько минут."));
    }
}
