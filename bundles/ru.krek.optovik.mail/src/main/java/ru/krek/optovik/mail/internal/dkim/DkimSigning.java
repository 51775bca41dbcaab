package ru.krek.optovik.mail.internal.dkim;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * Signs letters with DKIM (rsa-sha256, relaxed/relaxed) through simple-java-mail's utils-mail-dkim:
 * the DKIM-Signature header is computed as the message is written to the server.
 */
public final class DkimSigning {

    private final DkimKey key;

    public DkimSigning(DkimKey key) {
        this.key = key;
    }

    /** A copy of {@code message} that signs itself when written, with the same envelope sender. */
    public MimeMessage sign(MimeMessage message) throws MessagingException {
        DkimSigner signer;
        try {
            signer = new DkimSigner(key.domain(), key.selector(), key.key());
            signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
        } catch (DkimException e) {
            throw new MessagingException(key + ": " + e.getMessage(), e);
        }
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        signer.setCheckDomainKey(false); // no DNS lookups while sending; the operator publishes the key
        signer.setLengthParam(false);
        signer.setZParam(false);
        // RFC 8058: one-click unsubscribe counts only when its headers are signed.
        signer.addHeaderToSign("List-Unsubscribe");
        signer.addHeaderToSign("List-Unsubscribe-Post");
        DkimMessage signed = new DkimMessage(message, signer);
        if (message instanceof SMTPMessage smtp) {
            signed.setEnvelopeFrom(smtp.getEnvelopeFrom());
        }
        return signed;
    }
}
