package ru.krek.optovik.mail.internal.mime;

import jakarta.activation.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import ru.krek.optovik.api.mail.Attachment;

/** An attachment as Jakarta Activation reads it: opened when the letter is written, not before. */
final class AttachmentSource implements DataSource {

    private final Attachment attachment;

    AttachmentSource(Attachment attachment) {
        this.attachment = attachment;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        try {
            return attachment.content().open();
        } catch (IOException e) {
            throw new UnreadableAttachmentException(attachment.name(), e);
        }
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        throw new IOException("attachments are read only");
    }

    @Override
    public String getContentType() {
        return attachment.mediaType();
    }

    @Override
    public String getName() {
        return attachment.name();
    }
}
