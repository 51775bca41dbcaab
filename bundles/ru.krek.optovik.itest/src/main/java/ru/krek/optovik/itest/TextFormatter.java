package ru.krek.optovik.itest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;
import ru.krek.optovik.api.pricelist.PriceListLine;
import ru.krek.optovik.api.pricelist.PriceListSection;

/**
 * A formatter of the tests' own, registered by them: one text line per section and per price-list line,
 * so a test reads back exactly what the pricing side put in the model.
 */
final class TextFormatter implements PriceListFormatter {

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String displayName() {
        return "Текст (тесты)";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public void write(PriceList list, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("header\t").append(list.header().terms()).append('\t').append(list.header().currency()).append('\t')
                .append(list.header().vatNote()).append('\t').append(list.header().leftOut()).append('\t')
                .append(String.join(",", list.header().warehouses())).append('\n');
        for (PriceListSection s : list.sections()) {
            text.append("section\t").append(s.groupId()).append('\t').append(s.level()).append('\n');
            for (PriceListLine l : s.lines()) {
                text.append("line\t").append(l.offerId()).append('\t').append(l.price().toPlainString()).append('\t')
                        .append(number(l.stock())).append('\t')
                        .append(l.stockByWarehouse().stream().map(TextFormatter::number).collect(Collectors.joining(",")))
                        .append('\n');
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
