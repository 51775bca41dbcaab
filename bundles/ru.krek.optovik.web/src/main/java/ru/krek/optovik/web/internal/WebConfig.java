package ru.krek.optovik.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The site's settings (PID optovik.web, DESIGN.md "Configuration"). */
@ObjectClassDefinition(id = WebConfig.PID, name = "Optovik web site",
        description = "The client-facing registration site")
public @interface WebConfig {

    String PID = "optovik.web";

    @AttributeDefinition(name = "public.url",
            description = "Base of the links in letters, as clients reach the site, e.g. https://opt.krek.ru/")
    String public_url() default "http://localhost:8080/";

    @AttributeDefinition(name = "registration.rate.per.hour",
            description = "Registrations allowed per client address and hour; over it the site answers 429 and stores nothing")
    int registration_rate_per_hour() default 10;

    @AttributeDefinition(name = "registration.rate.per.hour.loopback",
            description = "The same for callers on this machine (127.0.0.0/8, ::1): the demo and local scripts register "
                    + "many clients; -1 = no limit. A reverse proxy on this machine must be listed in trusted.proxies, "
                    + "or every client would count as loopback")
    int registration_rate_per_hour_loopback() default 100;

    @AttributeDefinition(name = "trusted.proxies", required = false,
            description = "Addresses of reverse proxies whose X-Forwarded-For is believed, comma-separated")
    String trusted_proxies() default "";
}
