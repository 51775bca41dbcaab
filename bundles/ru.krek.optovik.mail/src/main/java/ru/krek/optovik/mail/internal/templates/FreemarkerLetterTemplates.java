package ru.krek.optovik.mail.internal.templates;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.krek.optovik.api.mail.LetterContent;
import ru.krek.optovik.api.mail.LetterTemplateException;
import ru.krek.optovik.api.mail.LetterTemplates;

/**
 * Letter templates from files: for a set named N, {@code N.subject.ftl}, {@code N.text.ftl} and
 * optionally {@code N.html.ftlh} (HTML, every printed value escaped). Files are checked for
 * changes at each letter, so an edit applies to the next one; an edit that breaks a file keeps its
 * last good version in use (see {@link LastGoodTemplates}).
 */
@Component(service = LetterTemplates.class)
public final class FreemarkerLetterTemplates implements LetterTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(FreemarkerLetterTemplates.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private final Path folder;
    private final LastGoodTemplates templates;

    @Activate
    public FreemarkerLetterTemplates(BundleContext context) {
        this(TemplateFolder.of(context));
    }

    public FreemarkerLetterTemplates(Path folder) {
        this(folder, LOG::error);
    }

    FreemarkerLetterTemplates(Path folder, Consumer<String> errorLog) {
        this.folder = folder;
        this.templates = new LastGoodTemplates(folder, this::freemarker, errorLog);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public LetterContent render(String name, Map<String, ?> model) throws LetterTemplateException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a template name (lower-case letters, digits, '-'): " + name);
        }
        if (!Files.isDirectory(folder)) {
            throw new LetterTemplateException("the letter template folder " + folder + " does not exist");
        }
        String subject = templates.render(name + ".subject.ftl", model, true).strip().replaceAll("\\s+", " ");
        if (subject.isEmpty()) {
            throw new LetterTemplateException("template " + folder.resolve(name + ".subject.ftl") + " wrote an empty subject");
        }
        String text = templates.render(name + ".text.ftl", model, true);
        String html = templates.render(name + ".html.ftlh", model, false);
        return new LetterContent(subject, text, Optional.ofNullable(html));
    }

    /** FreeMarker as letters need it: UTF-8 files, Russian formats, errors thrown, no class instantiation. */
    private Configuration freemarker() throws IOException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(RUSSIAN);
        config.setLocalizedLookup(false);
        config.setRecognizeStandardFileExtensions(true); // .ftlh escapes HTML, .ftl prints as is
        config.setTemplateUpdateDelayMilliseconds(0); // a file stat per letter: edits apply at once
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates are edited by operators: ?new must not instantiate arbitrary classes, ?api stays off.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        return config;
    }
}
