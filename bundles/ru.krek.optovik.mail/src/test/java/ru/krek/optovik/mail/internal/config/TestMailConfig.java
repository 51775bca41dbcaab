package ru.krek.optovik.mail.internal.config;

import java.lang.reflect.Proxy;
import java.util.Map;

/** An optovik.mail configuration for tests: the given keys (as in the .cfg, e.g. "smtp.host"), the metatype defaults for the rest. */
public final class TestMailConfig {

    private TestMailConfig() {
    }

    public static MailConfig of(Map<String, ?> values) {
        return (MailConfig) Proxy.newProxyInstance(MailConfig.class.getClassLoader(), new Class<?>[] { MailConfig.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return MailConfig.class;
                    }
                    Object value = values.get(method.getName().replace('_', '.'));
                    return value != null ? value : method.getDefaultValue();
                });
    }
}
