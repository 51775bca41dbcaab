package ru.krek.optovik.mail.internal.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The context class loader Jakarta Mail work runs under: Angus's own (so Activation finds the
 * multipart handlers inside OSGi), with its service files read once and served from memory.
 * Jakarta Mail 2.1 asks ServiceLoader for its StreamProvider on every body part, encoder and
 * header word (mail-api issues 699 and 861): a class-path search and a jar entry inflated each
 * time, a third of the CPU a letter cost before this.
 */
final class ProviderLookups extends ClassLoader {

    private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

    ProviderLookups(ClassLoader angus) {
        super(angus);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith("META-INF/services/")) {
            return super.getResources(name);
        }
        List<URL> found = services.get(name);
        if (found == null) { // a race only reads them twice
            found = new ArrayList<>();
            for (URL url : Collections.list(super.getResources(name))) {
                try (InputStream in = url.openStream()) {
                    found.add(new URL(null, url.toString(), new InMemory(in.readAllBytes())));
                }
            }
            services.put(name, List.copyOf(found));
        }
        return Collections.enumeration(found);
    }

    /** A URL's content, kept. */
    private static final class InMemory extends URLStreamHandler {

        private final byte[] content;

        InMemory(byte[] content) {
            this.content = content;
        }

        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(content);
                }
            };
        }
    }
}
