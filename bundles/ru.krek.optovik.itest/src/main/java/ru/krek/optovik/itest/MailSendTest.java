package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import ru.krek.optovik.api.client.Client;
import ru.krek.optovik.api.client.ClientDetails;
import ru.krek.optovik.api.client.ClientDirectory;
import ru.krek.optovik.api.client.Manager;
import ru.krek.optovik.api.client.NewClient;
import ru.krek.optovik.api.mail.Mailbox;
import ru.krek.optovik.api.pricelist.PriceListFile;
import ru.krek.optovik.api.pricelist.PriceListFormat;
import ru.krek.optovik.api.pricelist.PriceLists;
import ru.krek.optovik.mail.testing.FaultSmtpServer;

/**
 * mail:send end to end: active clients from the directory, their price lists (a stand-in PriceLists
 * service ranked above the pricing bundle's, so the test counts builds and needs no catalog), the
 * outbox, the sender and a real SMTP server.
 */
class MailSendTest {

    private static final PriceListFormat CSV = new PriceListFormat("csv", "CSV", "text/csv; charset=UTF-8", "csv", "itest", "0");
    private ServiceRegistration<PriceLists> lists;
    private FaultSmtpServer server;

    @AfterEach
    void stop() throws Exception {
        if (lists != null) {
            lists.unregister();
        }
        OptovikFramework.unconfigure(MailTest.MAIL_PID);
        MailTest.awaitSender(Mailbox.of("optovik@localhost"));
        if (server != null) {
            server.close();
        }
        OptovikFramework.unconfigureStore();
        // Let the default database finish its migrations: a JVM that exits mid-migration crashes in the engine.
        OptovikFramework.readyStore();
    }

    @Test
    void oneLetterPerActiveClientOnceAPeriodWithTheMailingHeadersAndForceMakesANewCampaign() throws Exception {
        CatalogFixture fixture = CatalogFixture.freshDatabase("mail-send");
        ClientDirectory directory = OptovikFramework.service(ClientDirectory.class);
        Client alfa = directory.add(NewClient.of(new ClientDetails("ООО «Альфа»", "7707083893", "", "Иван Петров", "ivan@alfa.example",
                List.of("buh@alfa.example"), "", "Москва", new Manager("Анна Смирнова", "anna@krek.example"))));
        Client beta = directory.add(NewClient.of(ClientFixture.details("ООО «Бета»", "7736207543", "beta@beta.example")));
        directory.pause(directory.add(NewClient.of(ClientFixture.details("ООО «Гамма»", "7707083893", "g@gamma.example"))).id());
        Path sheets = Files.createDirectories(fixture.work.resolve("lists"));
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        lists = OptovikFramework.context().registerService(PriceLists.class, new PriceLists() {
            @Override
            public List<PriceListFormat> formats() {
                return List.of(CSV);
            }

            @Override
            public Optional<PriceListFile> build(long clientId, String formatId) {
                builds.incrementAndGet();
                try {
                    Path file = Files.writeString(sheets.resolve(clientId + ".csv"), "код;цена\nR1;1,00\n");
                    return Optional.of(new PriceListFile(file, "Прайс-лист КРЭК " + clientId + ".csv", CSV, 1, 0));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, new java.util.Hashtable<>(java.util.Map.of(org.osgi.framework.Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
        server = OptovikFramework.smtpServer(fixture.work.resolve("smtp"));
        SmtpTest.useSmtp(server, "send-" + System.nanoTime() + "@krek.example", "rate.per.minute", 0);

        String first = RuntimeTest.gogo("mail:send");
        assertTrue(first.contains("queued: 2"), first);
        OptovikFramework.await("two letters at the server", () -> count(server) == 2);
        String second = RuntimeTest.gogo("mail:send");
        assertTrue(second.contains("nothing queued") && second.contains("queued: 0") && second.contains("already: 2"), second);
        assertEquals(2, builds.get(), "clients served in the campaign cost no second build");

        MimeMessage toAlfa = letterTo(server, "ivan@alfa.example");
        assertEquals("anna@krek.example", ((jakarta.mail.internet.InternetAddress) toAlfa.getReplyTo()[0]).getAddress());
        assertEquals("buh@alfa.example", ((jakarta.mail.internet.InternetAddress) toAlfa.getRecipients(MimeMessage.RecipientType.CC)[0]).getAddress());
        String unsubscribe = jakarta.mail.internet.MimeUtility.unfold(toAlfa.getHeader("List-Unsubscribe", null));
        assertTrue(unsubscribe.matches("<mailto:[^>]+\\?subject=unsubscribe%20" + alfa.id() + ">, <http[^>]+/unsubscribe\\?token=[^>]+>"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", toAlfa.getHeader("List-Unsubscribe-Post", null));
        assertTrue(toAlfa.getMessageID().startsWith("<pricelist."), toAlfa.getMessageID());
        assertTrue(toAlfa.getSubject().startsWith("Прайс-лист ООО «КРЭК» от "), toAlfa.getSubject());
        Multipart mixed = MailTest.withAngus(() -> (Multipart) toAlfa.getContent());
        assertEquals("Прайс-лист КРЭК " + alfa.id() + ".csv", mixed.getBodyPart(1).getFileName());

        SmtpTest.useSmtp(server, "send-big-" + System.nanoTime() + "@krek.example", "rate.per.minute", 0, "attachment.max.kb", 0);
        String forced = RuntimeTest.gogo("mail:send --force --clients " + beta.id());
        assertTrue(forced.contains("queued: 1"), forced);
        OptovikFramework.await("the forced letter", () -> count(server) == 3);
        MimeMessage linked = server.letters().stream().map(MailSendTest::read).filter(m -> subjectOf(m).contains("Бета"))
                .reduce((a, b) -> b).orElseThrow();
        assertFalse(linked.isMimeType("multipart/mixed"), "no attachment above attachment.max.kb");
        String text = MailTest.withAngus(() -> (String) ((Multipart) linked.getContent()).getBodyPart(0).getContent());
        assertTrue(text.contains("слишком велик для вложения") && text.contains("/pricelist?token="), text);
        assertTrue(RuntimeTest.gogo("mail:outbox --status sent").contains("beta@beta.example"));

        assertThrows(IllegalArgumentException.class, () -> RuntimeTest.gogo("mail:send --clients abc"));
        lists.unregister();
        lists = null;
        org.osgi.framework.Bundle pricing = java.util.Arrays.stream(OptovikFramework.context().getBundles())
                .filter(b -> "ru.krek.optovik.pricing".equals(b.getSymbolicName())).findFirst().orElseThrow();
        pricing.stop();
        try {
            IllegalStateException none = assertThrows(IllegalStateException.class, () -> RuntimeTest.gogo("mail:send"));
            assertTrue(none.getMessage().contains("price lists are unavailable"), none.getMessage());
        } finally {
            pricing.start();
        }
        assertFalse(RuntimeTest.gogo("help mail:send").isBlank());
    }

    private static long count(FaultSmtpServer server) {
        try {
            return server.letters().size();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static MimeMessage letterTo(FaultSmtpServer server, String address) throws Exception {
        return server.letters().stream().map(MailSendTest::read)
                .filter(m -> header(m).contains(address)).findFirst().orElseThrow();
    }

    private static String header(MimeMessage m) {
        try {
            return String.join(",", m.getHeader("To"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static MimeMessage read(Path eml) {
        try {
            return MailTest.read(eml);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
