package ru.krek.optovik.api.runtime;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * OPTOVIK_HOME: the one folder everything the running system writes lives under. The launcher
 * passes it as the framework property {@value #PROPERTY}; relative paths in configuration resolve
 * against it.
 */
public record OptovikHome(Path path) {

    public static final String PROPERTY = "optovik.home";
    public static final String DEFAULT = "run/var";

    public static OptovikHome of(BundleContext context) {
        String value = context.getProperty(PROPERTY);
        return new OptovikHome(Path.of(value == null || value.isBlank() ? DEFAULT : value).toAbsolutePath().normalize());
    }

    /** A configured path: absolute as given, relative against the home folder. */
    public Path resolve(String configured) {
        return path.resolve(configured).normalize();
    }
}
