package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Hashtable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.client.ClientException;
import ru.krek.optovik.api.client.ClientOptions;
import ru.krek.optovik.api.client.NotifyFrequency;
import ru.krek.optovik.api.client.PriceListFrequency;
import ru.krek.optovik.api.client.StockView;
import ru.krek.optovik.api.pricelist.PriceList;
import ru.krek.optovik.api.pricelist.PriceListFormatter;

/** What managers do from Gogo beyond the basics: options, the clients whose groups are gone, default terms. */
class ClientManagementTest {

    private static final String ADD_ALFA = "client:add --company 'ООО Альфа' --inn 7707083893 --email alfa@example.ru";

    @Test
    void optionsChangeOnlyWhatIsGivenAndFormatsMustBeInstalled() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("options", 1);
        RuntimeTest.gogo(ADD_ALFA);
        String shown = RuntimeTest.gogo("client:options 1");
        assertTrue(shown.startsWith("formats: default\nlines: all\nstock: total\npricelist-frequency: each-import"), shown);

        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:options 1 --formats fake"));
        assertTrue(none.getMessage().contains("not installed: fake"), none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:options 1 --stock some"));
        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("client:options 1 --lines few"));
        assertEquals(ClientOptions.defaults(), f.directory.find(1).orElseThrow().options(), "refused changes store nothing");

        ServiceRegistration<PriceListFormatter> fake = OptovikFramework.context().registerService(PriceListFormatter.class,
                new FakeFormatter(), new Hashtable<>());
        try {
            OptovikFramework.await("client:options to see the fake formatter", () -> {
                try {
                    return RuntimeTest.gogo("client:options 1 --formats fake --lines in-stock --stock per-warehouse "
                            + "--notify-frequency weekly").contains("formats: fake");
                } catch (Exception e) {
                    return false;
                }
            });
        } finally {
            fake.unregister();
        }
        ClientOptions options = OptovikFramework.service(ru.krek.optovik.api.client.ClientDirectory.class).find(1).orElseThrow().options();
        assertEquals(new ClientOptions(List.of("fake"), true, StockView.PER_WAREHOUSE, PriceListFrequency.EACH_IMPORT,
                NotifyFrequency.WEEKLY), options);
        assertTrue(RuntimeTest.gogo("client:show 1").contains("lines: in-stock"));
        assertTrue(RuntimeTest.gogo("client:options 1 --formats default").contains("formats: default"));
        assertTrue(RuntimeTest.gogo("help client:options").contains("--pricelist-frequency"));
    }

    @Test
    void listGoneShowsOnlyTheClientsAManagerMustLookAt() throws Exception {
        ClientFixture f = ClientFixture.withCatalog("gone-filter", 1);
        String[] tree = ClientFixture.parentAndChild();
        RuntimeTest.gogo(ADD_ALFA + " --groups " + tree[1]);
        RuntimeTest.gogo("client:add --company 'ООО Бета' --inn 7736207543 --email beta@example.ru");
        assertEquals(1, RuntimeTest.gogo("client:list --gone").lines().filter(l -> !l.isBlank()).count(), "header only");

        f.importGenerated("catalog-7", 7); // a full import of another catalog: the group is gone
        List<String> gone = RuntimeTest.gogo("client:list --gone").lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, gone.size(), gone.toString());
        assertTrue(gone.get(1).startsWith("1 ") && gone.get(1).contains("(gone)"), gone.get(1));
        assertTrue(RuntimeTest.gogo("client:show 1").contains("group: " + tree[1]));

        RuntimeTest.gogo("client:groups 1 all"); // the manager acts
        assertEquals(1, RuntimeTest.gogo("client:list --gone").lines().filter(l -> !l.isBlank()).count());
    }

    @Test
    void newClientsGetTheConfiguredDefaultDiscountType() throws Exception {
        ClientFixture.withCatalog("default-discount", 1);
        RuntimeTest.gogo("discount:add Опт --price-type Оптовая");
        RuntimeTest.gogo("discount:add VIP --price-type Розничная --percent 10");
        OptovikFramework.configure("optovik.clients", "default.discount", "опт");
        try {
            OptovikFramework.await("the default discount type configured", () -> {
                try {
                    return RuntimeTest.gogo("discount:list").lines().anyMatch(l -> l.matches(".*Опт\\s.*yes\\s*"));
                } catch (Exception e) {
                    return false;
                }
            });
            assertTrue(RuntimeTest.gogo(ADD_ALFA).contains("discount: Опт"));
            assertTrue(RuntimeTest.gogo("client:add --company 'ООО Бета' --inn 7736207543 --email beta@example.ru --discount VIP")
                    .contains("discount: VIP"), "a given type wins over the default");
            ClientException inUse = assertThrows(ClientException.class, () -> RuntimeTest.gogo("discount:delete Опт"));
            assertTrue(inUse.getMessage().contains("in use by 1 client"), inUse.getMessage());
        } finally {
            OptovikFramework.unconfigure("optovik.clients");
        }
    }

    /** A formatter as a bundle would register it; only its id matters here. */
    private static final class FakeFormatter implements PriceListFormatter {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String displayName() {
            return "Fake";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void write(PriceList list, OutputStream out) {
            // nothing: the command only checks that the format is installed
        }
    }
}
