package ru.krek.optovik.api.mail;

import java.time.Instant;

/**
 * An address no letter goes to until a manager clears it: a server refused it for good.
 *
 * @param address as refused
 * @param reason  the server's answer
 * @param since   when it was refused
 */
public record Suppression(String address, String reason, Instant since) {
}
