package ru.krek.optovik.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;

/**
 * The delivery settings both the registration form and the preferences page carry: formats (repeated),
 * in_stock_only (a checkbox), stock (total | per-warehouse), pricelist_frequency, notify_frequency.
 * Values are kept as typed, so a page with errors shows them again.
 */
record SettingsForm(List<String> formats, boolean inStockOnly, String stock, String priceLists, String notifications) {

    static SettingsForm of(ClientOptions options) {
        return new SettingsForm(options.formats(), options.inStockOnly(), options.stock().word(),
                options.priceLists().word(), options.notifications().word());
    }

    static SettingsForm of(FormParams form) {
        return new SettingsForm(form.repeated("formats"), form.ticked("in_stock_only"), form.one("stock"),
                form.one("pricelist_frequency"), form.one("notify_frequency"));
    }

    /**
     * Problems by field, in Russian.
     *
     * @param formatsAllowed ids a client may choose: the installed formatters (and those the client has already)
     */
    Map<String, String> problems(Set<String> formatsAllowed) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> unknown = formats.stream().filter(f -> !formatsAllowed.contains(f)).toList();
        if (!unknown.isEmpty()) {
            problems.put("formats", "Такого формата прайс-листа у нас нет: " + String.join(", ", unknown) + ".");
        }
        if (!valid(() -> StockView.of(stock))) {
            problems.put("stock", "Выберите, как показывать остатки.");
        }
        if (!valid(() -> PriceListFrequency.of(priceLists))) {
            problems.put("pricelist_frequency", "Выберите, как часто присылать прайс-лист.");
        }
        if (!valid(() -> NotifyFrequency.of(notifications))) {
            problems.put("notify_frequency", "Выберите, как присылать уведомления об изменениях.");
        }
        return problems;
    }

    /** Only once {@link #problems} found none. */
    ClientOptions options() {
        return new ClientOptions(formats, inStockOnly, StockView.of(stock), PriceListFrequency.of(priceLists),
                NotifyFrequency.of(notifications));
    }

    private static boolean valid(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
