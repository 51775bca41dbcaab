/**
 * Letters and how they leave: the transport-neutral {@link ru.krek.optovik.api.mail.Letter}, the
 * {@link ru.krek.optovik.api.mail.MailTransport} SPI (pickup folder, SMTP, any later one), the
 * {@link ru.krek.optovik.api.mail.PostOffice} that sends through the configured transport, and the
 * {@link ru.krek.optovik.api.mail.LetterTemplates} that write a letter's words from files operators edit.
 */
@Export
@Version("1.0.0")
package ru.krek.optovik.api.mail;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
