package ru.krek.optovik.onec.internal.exchange;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;

/** The longer texts 1C receives. */
final class ExchangeAnswers {

    private ExchangeAnswers() {
    }

    /** What 1C shows in its exchange log after a good import. */
    static String succeeded(ImportRun run) {
        ImportCounts c = run.counts() == null ? ImportCounts.NONE : run.counts();
        return "Обмен загружен (запуск " + run.id() + "): файлов " + c.files() + ", групп " + c.groups()
                + ", товаров " + c.products() + ", предложений " + c.offers() + ", цен " + c.prices()
                + ", изменений " + c.changes() + ", предупреждений " + c.warnings() + ".";
    }

    /**
     * No orders yet: a CommerceML document without Документ, so a 1C that exchanges orders too goes
     * on. Version 2.05 as the WooCommerce exchange answers, which every 1C module reads.
     */
    static String emptyOrders(Clock clock) {
        String now = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        return "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n"
                + "<КоммерческаяИнформация ВерсияСхемы=\"2.05\" ДатаФормирования=\"" + now + "\"/>\n";
    }
}
