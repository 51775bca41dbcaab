package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.client.Groups;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.jobs.JobRun;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/** With optovik.notify after.import on, an exchange dropped into 1c/inbox alone queues the instant notices and the price lists due. */
class NotifyChainTest {

    private static NotifyFixture f;
    private static ServiceRegistration<PriceListFormatter> text;

    @BeforeAll
    static void chainOn() throws Exception {
        f = new NotifyFixture("notify-chain", 45);
        text = OptovikFramework.context().registerService(PriceListFormatter.class, new TextFormatter(), null);
        OptovikFramework.configure("optovik.notify", "after.import", true, "poll.seconds", 1);
    }

    @AfterAll
    static void chainOff() throws Exception {
        OptovikFramework.configure("optovik.notify", "after.import", false);
        text.unregister();
        f.close();
    }

    @Test
    void aDropFolderImportQueuesNoticesThenPriceLists() throws Exception {
        String priceType = f.clients.catalog.catalog.priceTypes().get(0).id();
        long plain = f.discount("Как в 1С", priceType, null);
        long each = f.client("ООО «После каждой загрузки»", Groups.everything(), plain, NotifyFrequency.INSTANT,
                PriceListFrequency.EACH_IMPORT);
        long weekly = f.client("ООО «Прайс раз в неделю»", Groups.everything(), plain, NotifyFrequency.OFF,
                PriceListFrequency.WEEKLY);
        f.clients.directory.setOptions(each, new ru.krek.optovik.api.client.ClientOptions(List.of("text"), false,
                ru.krek.optovik.api.client.StockView.TOTAL, PriceListFrequency.EACH_IMPORT, NotifyFrequency.INSTANT));
        // as 1C delivers it: a whole exchange moved into the drop folder
        long before = f.clients.catalog.catalog.state();
        Path exchange = f.generate("dropped", true);
        Files.move(exchange, Files.createDirectories(CatalogFixture.home().resolve("1c/inbox")).resolve(exchange.getFileName()),
                StandardCopyOption.ATOMIC_MOVE);
        OptovikFramework.await("the drop folder's import", () -> state() > before);
        long run = state();
        assertEquals("inbox", f.clients.catalog.catalog.run(run).orElseThrow().source().origin());
        OptovikFramework.await("the after-import chain for import " + run, () -> {
            try {
                return f.jobs.runs(50).stream().anyMatch(r -> r.job().equals("after-import")
                        && r.status() == JobRun.Status.SUCCEEDED && r.startedBy().equals("import " + run));
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(NotifyFixture.letters("changes", "import-" + run).containsKey(each), "the instant notice");
        Map<Long, String> lists = NotifyFixture.letters("pricelist", "import-" + run);
        assertEquals(List.of(each), List.copyOf(lists.keySet()), "only the client who takes a list each import");
        assertTrue(lists.get(each).contains("/pricelist?token="), lists.get(each));
        List<String> attachment = ClientFixture.column("select a.file_name from mail_attachment a join mail_letter l "
                + "on l.id = a.letter_id join mail_campaign c on c.id = l.campaign_id where c.kind = 'pricelist' "
                + "and c.campaign_key = ? and l.client_id = ?", "import-" + run, each);
        assertEquals(1, attachment.size(), "the list is attached");
        assertTrue(attachment.get(0).endsWith(".txt"), attachment.toString());
        assertTrue(weekly > 0);
    }

    private static long state() {
        try {
            return f.clients.catalog.catalog.state();
        } catch (Exception e) {
            return -1;
        }
    }
}
