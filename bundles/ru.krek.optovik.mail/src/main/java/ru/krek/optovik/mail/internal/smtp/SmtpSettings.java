package ru.krek.optovik.mail.internal.smtp;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javax.net.SocketFactory;
import ru.krek.optovik.mail.internal.config.MailConfig;
import ru.krek.optovik.mail.internal.dkim.DkimKey;

/**
 * The SMTP server as optovik.mail names it, checked, and turned into Angus session properties.
 *
 * @param host     empty: no SMTP server configured
 * @param tls      none, starttls (required: never falls back to plain text) or tls (from the start)
 * @param user     empty: no login
 * @param timeout  connect, read and write timeout each
 * @param helo     the name Optovik gives itself in EHLO (the sender's domain)
 * @param trusted  certificates the server's TLS must chain to; empty: Java's default CAs
 * @param dkim     the key letters are signed with; empty: unsigned
 */
public record SmtpSettings(String host, int port, Tls tls, String user, String password, Duration timeout, String helo,
        List<X509Certificate> trusted, Optional<DkimKey> dkim) {

    public enum Tls { NONE, STARTTLS, TLS }

    /** No TLS, no login, no signature: a loopback server (benchmarks, and "no server" while the configuration is bad). */
    public static SmtpSettings plain(String host, int port, String helo) {
        return new SmtpSettings(host, port, Tls.NONE, "", "", Duration.ofSeconds(30), helo, List.of(), Optional.empty());
    }

    /**
     * @param home relative file names (trusted certificates, DKIM key) are under it
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static SmtpSettings of(MailConfig config, String helo, Path home) {
        String host = config.smtp_host() == null ? "" : config.smtp_host().trim();
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]*")) {
            throw new IllegalArgumentException("optovik.mail: smtp.host is not a host name: " + host.replaceAll("\\p{Cntrl}", "?"));
        }
        if (config.smtp_port() < 1 || config.smtp_port() > 65535) {
            throw new IllegalArgumentException("optovik.mail: smtp.port must be 1..65535, not " + config.smtp_port());
        }
        Tls tls;
        try {
            tls = Tls.valueOf((config.smtp_tls() == null ? "" : config.smtp_tls().trim()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("optovik.mail: smtp.tls must be none, starttls or tls, not '" + config.smtp_tls() + "'");
        }
        if (config.smtp_timeout_seconds() < 1) {
            throw new IllegalArgumentException("optovik.mail: smtp.timeout.seconds must be at least 1, not " + config.smtp_timeout_seconds());
        }
        String user = config.smtp_user() == null ? "" : config.smtp_user().trim();
        String trust = config.smtp_trust_certificates() == null ? "" : config.smtp_trust_certificates().trim();
        return new SmtpSettings(host, config.smtp_port(), tls, user, config.smtp_password() == null ? "" : config.smtp_password(),
                Duration.ofSeconds(config.smtp_timeout_seconds()), helo, trust.isEmpty() ? List.of() : ServerTrust.read(home.resolve(trust)),
                DkimKey.of(config, home));
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    /** host:port, for messages. */
    public String server() {
        return host + ":" + port;
    }

    /**
     * Angus session properties. The socket factories are instances: a class name is not found from
     * inside OSGi and Angus then silently uses a plain socket (see DEPENDENCY-FACTS).
     */
    Properties properties() {
        Properties p = new Properties();
        String millis = Long.toString(timeout.toMillis());
        String proto = tls == Tls.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", host);
        p.put("mail." + proto + ".port", Integer.toString(port));
        p.put("mail." + proto + ".connectiontimeout", millis);
        p.put("mail." + proto + ".timeout", millis);
        p.put("mail." + proto + ".writetimeout", millis);
        p.put("mail." + proto + ".localhost", helo);
        p.put("mail." + proto + ".auth", Boolean.toString(!user.isEmpty()));
        // Send to the addresses the server takes and report the rest, so one bad extra address does not stop the letter.
        p.put("mail." + proto + ".sendpartial", "true");
        p.put("mail." + proto + ".quitwait", "false");
        if (tls == Tls.TLS) {
            p.put("mail.smtps.ssl.enable", "true");
            p.put("mail.smtps.ssl.checkserveridentity", "true");
            p.put("mail.smtps.ssl.socketFactory", new NoDelaySocketFactory(ServerTrust.sockets(trusted)));
        } else {
            p.put("mail.smtp.socketFactory", new NoDelaySocketFactory(SocketFactory.getDefault()));
            if (tls == Tls.STARTTLS) {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
                p.put("mail.smtp.ssl.checkserveridentity", "true");
                // STARTTLS layers TLS over the plain (TCP_NODELAY) socket with this factory, an instance for OSGi's sake.
                p.put("mail.smtp.ssl.socketFactory", ServerTrust.sockets(trusted));
            }
        }
        return p;
    }
}
