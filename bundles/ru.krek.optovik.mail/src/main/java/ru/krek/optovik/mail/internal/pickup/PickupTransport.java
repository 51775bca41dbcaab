package ru.krek.optovik.mail.internal.pickup;

import java.time.Clock;
import java.util.Properties;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import ru.krek.optovik.api.mail.Handover;
import ru.krek.optovik.api.mail.Letter;
import ru.krek.optovik.api.mail.MailTransport;
import ru.krek.optovik.api.mail.MailTransportException;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.mail.internal.mime.MimeLetters;

/** The pickup transport: letters as .eml files in OPTOVIK_HOME/mail/pickup, for when there is no SMTP server. */
@Component(service = MailTransport.class, property = MailTransport.ID_PROPERTY + "=" + PickupTransport.ID)
public final class PickupTransport implements MailTransport {

    public static final String ID = "pickup";
    static final String FOLDER = "mail/pickup";

    private final PickupFolder folder;

    @Activate
    public PickupTransport(BundleContext context) {
        this.folder = new PickupFolder(OptovikHome.of(context).resolve(FOLDER), new MimeLetters(new Properties()),
                Clock.systemUTC());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Handover send(Letter letter) throws MailTransportException {
        return new Handover(ID, letter.messageId(), folder.write(letter).toString());
    }
}
