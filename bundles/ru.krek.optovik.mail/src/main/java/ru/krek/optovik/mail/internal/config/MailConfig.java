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
                    + "smtp: through the SMTP server below; empty: smtp when smtp.host is set, else pickup")
    String transport() default "";

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

    @AttributeDefinition(name = "SMTP trusted certificates", required = false,
            description = "PEM file of the certificates the SMTP server's TLS must chain to (a private CA, or the server's "
                    + "self-signed certificate), in place of Java's default CAs; relative to OPTOVIK_HOME; the host name is "
                    + "checked either way; empty: Java's default CAs")
    String smtp_trust_certificates() default "";

    @AttributeDefinition(name = "SMTP user", required = false, description = "Login at the SMTP server; empty: no login")
    String smtp_user() default "";

    @AttributeDefinition(name = "SMTP password", type = AttributeType.PASSWORD, required = false,
            description = "Password of the SMTP user")
    String smtp_password() default "";

    @AttributeDefinition(name = "SMTP timeout", min = "1",
            description = "Seconds to wait for the SMTP server to connect, answer or take data; Angus waits for ever without it")
    int smtp_timeout_seconds() default 30;

    @AttributeDefinition(name = "Letters per minute", min = "0",
            description = "Most letters sent per minute, to stay within the provider's limits; 0: no limit")
    int rate_per_minute() default 60;

    @AttributeDefinition(name = "Daily cap", min = "0", description = "Most letters sent per day; 0: no cap")
    int daily_cap() default 0;

    @AttributeDefinition(name = "Send window", required = false,
            description = "Hours of the day (server time) letters leave, e.g. 8-20 (from 08:00 to 20:00) or 22-6; empty: any time")
    String send_window() default "";

    @AttributeDefinition(name = "Retry delay", min = "1",
            description = "Seconds before the first retry after a 4xx answer or a connection error; doubles each attempt, at most 6 hours")
    int retry_base_seconds() default 60;

    @AttributeDefinition(name = "Attempts", min = "1",
            description = "Attempts per letter before temporary failures count as a failure")
    int retry_max_attempts() default 10;

    @AttributeDefinition(name = "Campaign failure limit", min = "1",
            description = "Failed letters after which a campaign pauses until mail:resume")
    int campaign_max_failures() default 20;

    @AttributeDefinition(name = "Largest attachment", min = "0",
            description = "Kilobytes above which a price-list letter carries its signed /pricelist link instead of the file")
    int attachment_max_kb() default 5120;

    @AttributeDefinition(name = "Unsubscribe address", required = false,
            description = "Mailbox of the List-Unsubscribe mailto link; empty: the From address")
    String unsubscribe_address() default "";

    @AttributeDefinition(name = "Price-list link valid (days)", min = "1",
            description = "How long the signed /pricelist link in a client letter works")
    int pricelist_link_days() default 14;

    @AttributeDefinition(name = "DKIM key", required = false,
            description = "RSA private key (PKCS#8, PEM 'BEGIN PRIVATE KEY' or DER) letters are signed with, relative to "
                    + "OPTOVIK_HOME; empty: letters go unsigned")
    String dkim_key() default "";

    @AttributeDefinition(name = "DKIM domain", required = false,
            description = "Signing domain (d=), usually the From address's domain; needed with dkim.key")
    String dkim_domain() default "";

    @AttributeDefinition(name = "DKIM selector", required = false,
            description = "Selector (s=): the public key is published in DNS as TXT <selector>._domainkey.<domain>; needed with dkim.key")
    String dkim_selector() default "";
}
