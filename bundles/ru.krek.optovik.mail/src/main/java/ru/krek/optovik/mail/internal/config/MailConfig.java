package ru.krek.optovik.mail.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(id = "optovik.mail", name = "Optovik mail",
        description = "How Optovik's letters leave: the transport, the sender, and the SMTP server with its limits.")
public @interface MailConfig {

    @AttributeDefinition(name = "Transport", options = { @Option(value = "pickup", label = "pickup folder"),
            @Option(value = "smtp", label = "SMTP server") },
            description = "pickup: each letter an .eml file in OPTOVIK_HOME/mail/pickup (nothing is sent); "
                    + "smtp: through the SMTP server below")
    String transport() default "pickup";

    @AttributeDefinition(name = "From", description = "Sender of every letter, e.g. Прайс-листы КРЭК <price@krek.ru>")
    String from() default MailSettings.DEFAULT_FROM;

    @AttributeDefinition(name = "Return path", required = false,
            description = "Envelope sender that receives bounces; empty: the From address")
    String return_path() default "";

    @AttributeDefinition(name = "SMTP host", required = false, description = "SMTP server (transport smtp)")
    String smtp_host() default "";

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535",
            description = "SMTP server port: 587 for submission with STARTTLS, 465 for TLS, 25 for relay")
    int smtp_port() default 587;

    @AttributeDefinition(name = "SMTP TLS", options = { @Option(value = "none", label = "none (loopback or trusted network only)"),
            @Option(value = "starttls", label = "STARTTLS required"), @Option(value = "tls", label = "TLS from the start") },
            description = "Encryption to the SMTP server; starttls refuses to send in plain text")
    String smtp_tls() default "starttls";

    @AttributeDefinition(name = "SMTP user", required = false, description = "Login at the SMTP server; empty: no login")
    String smtp_user() default "";

    @AttributeDefinition(name = "SMTP password", type = AttributeType.PASSWORD, required = false,
            description = "Password of the SMTP user")
    String smtp_password() default "";

    @AttributeDefinition(name = "Letters per minute", min = "1",
            description = "Most letters sent per minute, to stay within the provider's limits")
    int rate_per_minute() default 60;

    @AttributeDefinition(name = "Daily cap", min = "0", description = "Most letters sent per day; 0: no cap")
    int daily_cap() default 0;
}
