package ru.krek.optovik.mail.internal.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which certificates the SMTP server's TLS must chain to: Java's default CAs, or the ones in the PEM
 * file smtp.trust.certificates names (a private CA, or a server's self-signed certificate). The
 * host name is checked either way.
 */
final class ServerTrust {

    private ServerTrust() {
    }

    /**
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    static List<X509Certificate> read(Path file) {
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("optovik.mail: smtp.trust.certificates: no such file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("optovik.mail: smtp.trust.certificates: cannot read " + file + ": " + e.getMessage());
        } catch (CertificateException e) {
            throw new IllegalArgumentException("optovik.mail: smtp.trust.certificates: " + file
                    + " is not a PEM file of X.509 certificates: " + e.getMessage());
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("optovik.mail: smtp.trust.certificates: " + file + " holds no certificate");
        }
        return List.copyOf(certificates);
    }

    /** TLS sockets trusting {@code trusted}, or Java's default CAs when it is empty. */
    static SSLSocketFactory sockets(List<X509Certificate> trusted) {
        if (trusted.isEmpty()) {
            return (SSLSocketFactory) SSLSocketFactory.getDefault();
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the JDK cannot build a TLS context: " + e, e);
        }
    }
}
