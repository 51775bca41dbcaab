package ru.krek.optovik.onec.internal.exchange;

import java.io.InputStream;

/**
 * One request of 1C's exchange, as the protocol needs it: independent of the servlet API, so the
 * protocol is tested without a server.
 *
 * @param type          catalog or sale
 * @param mode          checkauth, init, file, import, query, success, deactivate, complete
 * @param filename      the filename parameter, raw; null if absent
 * @param authorization the Authorization header; null if absent
 * @param session       the value of the session cookie; null if absent
 * @param body          the request body (mode=file)
 * @param contentLength the declared body length, -1 if unknown
 */
record ExchangeRequest(String type, String mode, String filename, String authorization, String session,
        InputStream body, long contentLength) {
}
