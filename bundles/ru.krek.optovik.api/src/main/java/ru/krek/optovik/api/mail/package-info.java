/**
 * Letters and how they leave: the transport-neutral {@link ru.krek.optovik.api.mail.Letter}, the
 * {@link ru.krek.optovik.api.mail.MailTransport} SPI (pickup folder, SMTP, any later one), the
 * {@link ru.krek.optovik.api.mail.PostOffice} that sends through the configured transport, and the
 * {@link ru.krek.optovik.api.mail.LetterTemplates} that write a letter's words from files operators edit, and
 * the persistent {@link ru.krek.optovik.api.mail.Outbox} that sends letters at a steady rate with retries, and
 * {@link ru.krek.optovik.api.mail.ClientLetters} that composes every mailing letter to a client.
 */
@Export
@Version("1.3.0")
package ru.krek.optovik.api.mail;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
