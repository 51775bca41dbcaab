package ru.krek.optovik.clients.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.Consent;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.InvalidClientException;
import ru.krek.optovik.api.client.NewClient;

/**
 * Brings a client list into the directory row by row, whatever file it came from (CSV or XLSX, both read
 * into a {@link Sheet}): each row is one transaction, so a rejected row leaves nothing behind and the others
 * still go in. The consent of an imported client is recorded as version "import" from the file's name.
 */
public final class ClientImport {

    /** One reason a row was rejected: the row's number in the file (the header is row 1) and the column. */
    public record Rejection(int row, String column, String reason) {
        @Override
        public String toString() {
            return "row " + row + ": " + column + ": " + reason;
        }
    }

    /** What an import did: how many clients went in, and why each rejected row was (a row may have several reasons). */
    public record Report(int imported, List<Rejection> rejections) {
        public long rejectedRows() {
            return rejections.stream().mapToInt(Rejection::row).distinct().count();
        }
    }

    private final ClientDirectory directory;

    public ClientImport(ClientDirectory directory) {
        this.directory = directory;
    }

    /** @throws IllegalArgumentException the header lacks a required column or names an unknown one */
    public Report run(Sheet sheet, List<DiscountType> discountTypes, String source, Instant now) throws ClientException {
        checkHeader(sheet.header());
        Map<String, Long> discountIds = new HashMap<>();
        for (DiscountType t : discountTypes) {
            discountIds.put(t.name().toLowerCase(Locale.ROOT), t.id());
        }
        Consent consent = new Consent("import", now, source);
        int imported = 0;
        List<Rejection> rejected = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            try {
                NewClient client = ClientColumns.client(row.cells(), discountIds, consent);
                directory.add(client);
                imported++;
            } catch (InvalidClientException e) {
                e.problems().forEach((field, reason) -> rejected.add(new Rejection(row.number(), field, reason)));
            }
        }
        return new Report(imported, rejected);
    }

    private static void checkHeader(List<String> header) {
        Set<String> columns = new HashSet<>(header);
        List<String> missing = ClientColumns.REQUIRED.stream().filter(c -> !columns.contains(c)).sorted().toList();
        List<String> unknown = header.stream().filter(c -> !ClientColumns.HEADER.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("the first row must name the columns (" + String.join(", ", ClientColumns.HEADER)
                    + ")" + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)));
        }
    }
}
