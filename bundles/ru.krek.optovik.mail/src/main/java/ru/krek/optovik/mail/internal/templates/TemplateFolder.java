package ru.krek.optovik.mail.internal.templates;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * Where letter templates live: OPTOVIK_ETC/templates. The launcher passes OPTOVIK_ETC as the
 * framework property {@value #ETC_PROPERTY}; without it the folder FileInstall reads configuration
 * from ({@value #FILEINSTALL_PROPERTY}, which the launcher also sets to OPTOVIK_ETC) stands in.
 */
final class TemplateFolder {

    static final String ETC_PROPERTY = "optovik.etc";
    static final String FILEINSTALL_PROPERTY = "felix.fileinstall.dir";
    static final String DEFAULT_ETC = "run/etc";

    private TemplateFolder() {
    }

    static Path of(BundleContext context) {
        return of(context.getProperty(ETC_PROPERTY), context.getProperty(FILEINSTALL_PROPERTY));
    }

    static Path of(String etc, String fileInstall) {
        String folder = present(etc) ? etc : present(fileInstall) ? fileInstall : DEFAULT_ETC;
        return Path.of(folder).toAbsolutePath().normalize().resolve("templates");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
