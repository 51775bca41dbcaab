package ru.krek.optovik.notify.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The change-notification template's sections: title, lines (name, Ид, old, new, percent as Russians
 * write them) and how many more were left out, in the order a buyer reads them.
 */
final class NoticeModel {

    private NoticeModel() {
    }

    static List<Map<String, Object>> sections(Notices notices, int maxLines) {
        List<Map<String, Object>> sections = new ArrayList<>();
        add(sections, "arrival", "Поступили на склад", notices.arrivals(), maxLines);
        add(sections, "new", "Новые товары", notices.added(), maxLines);
        add(sections, "price", "Изменились цены", notices.prices(), maxLines);
        add(sections, "back", "Снова в каталоге", notices.back(), maxLines);
        add(sections, "soldout", "Закончились", notices.soldOut(), maxLines);
        add(sections, "gone", "Выведены из каталога", notices.gone(), maxLines);
        return sections;
    }

    private static void add(List<Map<String, Object>> sections, String kind, String title, List<Notices.Line> lines,
            int maxLines) {
        if (lines.isEmpty()) {
            return;
        }
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Notices.Line line : lines.subList(0, Math.min(lines.size(), maxLines))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", line.name());
            row.put("id", line.offerId());
            row.put("old", money(line.oldPrice()));
            row.put("new", money(line.newPrice()));
            row.put("percent", percent(line.percent()));
            row.put("up", line.percent() != null && line.percent().signum() > 0);
            shown.add(row);
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("kind", kind);
        section.put("title", title);
        section.put("lines", shown);
        section.put("count", lines.size());
        section.put("more", lines.size() - shown.size());
        sections.add(section);
    }

    /** 1234.5 → «1 234,50» (a no-break space between thousands); empty for none. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(amount.scale() > 2 ? "#,##0.00##" : "#,##0.00", symbols());
        return format.format(amount);
    }

    /** +12.5 → «+12,5 %», −3 → «−3,0 %»; empty for none. */
    static String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.0", symbols());
        String sign = percent.signum() > 0 ? "+" : percent.signum() < 0 ? "\u2212" : "";
        return sign + format.format(percent.abs()) + "\u00a0%";
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('\u00a0');
        return symbols;
    }
}
