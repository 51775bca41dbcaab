package ru.krek.optovik.pricing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.DiscountType;
import ru.krek.optovik.api.client.StockView;

/**
 * What a client's list depends on besides the catalog: clients with equal terms get the same list, so the
 * file is built once for all of them.
 *
 * @param groups      the groups taken, sorted; empty = the whole catalog
 * @param discount    the discount type (its name is printed in the list's header, so it is part of the terms)
 * @param inStockOnly only lines with stock
 * @param stock       stock as a total or per warehouse
 */
record Terms(List<String> groups, DiscountType discount, boolean inStockOnly, StockView stock) {

    Terms {
        groups = groups.stream().sorted().distinct().toList();
    }

    static Terms of(Client client, DiscountType discount) {
        return new Terms(client.groups().all() ? List.of() : client.groups().ids(), discount,
                client.options().inStockOnly(), client.options().stock());
    }

    /** A short stable digest of the terms, for file names and keys. */
    String key() {
        StringBuilder text = new StringBuilder();
        text.append("groups=").append(String.join("\u0000", groups)).append('\n')
                .append("discount=").append(discount.id()).append('\u0000').append(discount.name()).append('\u0000')
                .append(discount.priceTypeId()).append('\u0000').append(discount.percent() == null ? "-" : discount.percent().stripTrailingZeros().toPlainString())
                .append('\u0000').append(discount.rounding()).append('\n');
        new TreeMap<>(discount.groupPercents()).forEach((g, p) -> text.append("group%=").append(g).append('\u0000')
                .append(p.stripTrailingZeros().toPlainString()).append('\n'));
        text.append("inStockOnly=").append(inStockOnly).append("\nstock=").append(stock);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
