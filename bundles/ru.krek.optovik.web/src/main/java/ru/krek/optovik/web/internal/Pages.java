package ru.krek.optovik.web.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The site's pages: FreeMarker .ftlh files packaged in this bundle (ru/krek/optovik/web/pages), HTML
 * auto-escaped. Packaged rather than in OPTOVIK_ETC: the pages carry the form's contract (field names,
 * the CSRF field), which operators should not be able to break.
 */
@Component(service = Pages.class)
public final class Pages {

    private final Configuration freemarker;

    public Pages() {
        freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setTemplateLoader(new ClassTemplateLoader(Pages.class.getClassLoader(), "ru/krek/optovik/web/pages"));
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
    }

    /** Renders page {@code name}.ftlh with the model as the whole answer. */
    public void render(HttpServletResponse response, int status, String name, Map<String, ?> model) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        Writer out = response.getWriter();
        try {
            freemarker.getTemplate(name + ".ftlh").process(model, out);
        } catch (TemplateException e) {
            throw new IOException("page " + name + ".ftlh failed: " + e.getMessage(), e);
        }
    }
}
