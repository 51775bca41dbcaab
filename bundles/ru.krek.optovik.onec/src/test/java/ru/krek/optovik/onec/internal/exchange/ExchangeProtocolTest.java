package ru.krek.optovik.onec.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.catalog.CatalogImportException;
import ru.krek.optovik.api.catalog.ImportCounts;
import ru.krek.optovik.api.catalog.ImportRun;
import ru.krek.optovik.api.catalog.ImportSource;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.onec.internal.config.OnecSettings;

/** The protocol as 1C drives it, step by step, with an importer that records what it was handed. */
class ExchangeProtocolTest {

    static final String USER = "1c";
    static final String PASSWORD = "секрет-42";

    @TempDir
    Path home;
    Path staging;
    MutableClock clock = new MutableClock();
    /** Each import's files and their content, read when the import ran. */
    final List<Map<String, byte[]>> imported = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch release = new CountDownLatch(0);
    ImportRun.Status outcome = ImportRun.Status.SUCCEEDED;
    ExchangeProtocol protocol;

    @BeforeEach
    void setUp() {
        staging = home.resolve("1c/exchange");
        protocol = new ExchangeProtocol(staging, this::record, settings(USER, PASSWORD, 1024), clock);
    }

    @AfterEach
    void tearDown() {
        protocol.close();
    }

    private ImportRun record(List<Path> files, ImportSource source, Duration wait) throws CatalogImportException {
        Map<String, byte[]> seen = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                seen.put(f.getFileName().toString(), Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        imported.add(seen);
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals("exchange", source.origin());
        boolean ok = outcome == ImportRun.Status.SUCCEEDED;
        return new ImportRun(5, source, "2.10", outcome, Instant.EPOCH, Instant.EPOCH,
                new ImportCounts(files.size(), 1, 2, 3, 4, 5, 0), List.of(),
                ok ? null : "offers.xml, строка 3: Файл оборван");
    }

    OnecSettings settings(String user, String password, long limit) {
        return new OnecSettings(user, password, new OptovikHome(home).resolve("1c/inbox"), limit);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    ExchangeReply get(String type, String mode, String session) {
        return protocol.handle(new ExchangeRequest(type, mode, null, null, session, InputStreamOf.EMPTY, 0));
    }

    ExchangeReply upload(String session, String filename, byte[] body) {
        return protocol.handle(new ExchangeRequest("catalog", "file", filename, null, session,
                new ByteArrayInputStream(body), body.length));
    }

    String checkauth(String type) {
        ExchangeReply reply = protocol.handle(new ExchangeRequest(type, "checkauth", null, basic(USER, PASSWORD), null,
                InputStreamOf.EMPTY, 0));
        String[] lines = reply.text().split("\n");
        assertEquals(3, lines.length, reply.text());
        assertEquals("success", lines[0]);
        assertEquals(ExchangeProtocol.COOKIE, lines[1]);
        assertEquals(lines[2], reply.newSession());
        return lines[2];
    }

    ExchangeReply importUntilDone(String session, String filename) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            ExchangeReply reply = protocol.handle(new ExchangeRequest("catalog", "import", filename, null, session,
                    InputStreamOf.EMPTY, 0));
            if (!reply.text().startsWith("progress")) {
                return reply;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("import never finished");
    }

    @Test
    void aWholeExchangeWithAChunkedUploadIsImportedOnceAndReportedForEveryFile() throws Exception {
        String session = checkauth("catalog");
        assertEquals("zip=yes\nfile_limit=1024", get("catalog", "init", session).text());
        byte[] big = new byte[2500];
        new java.util.Random(1).nextBytes(big);
        assertEquals("success", upload(session, "import0_1.xml", java.util.Arrays.copyOfRange(big, 0, 1024)).text());
        assertEquals("success", upload(session, "import0_1.xml", java.util.Arrays.copyOfRange(big, 1024, 2048)).text());
        assertEquals("success", upload(session, "import0_1.xml", java.util.Arrays.copyOfRange(big, 2048, 2500)).text());
        assertEquals("success", upload(session, "/tmp/offers0_1.xml", "<offers/>".getBytes(StandardCharsets.UTF_8)).text());
        release = new CountDownLatch(1);
        ExchangeReply first = get("catalog", "import", session);
        assertTrue(first.text().startsWith("progress\n"), first.text());
        assertTrue(get("catalog", "import", session).text().startsWith("progress\n"));
        release.countDown();
        ExchangeReply done = importUntilDone(session, "import0_1.xml");
        assertTrue(done.text().startsWith("success\nОбмен загружен (запуск 5)"), done.text());
        assertEquals(done.text(), importUntilDone(session, "offers0_1.xml").text());
        assertEquals(1, imported.size());
        assertEquals(List.of("import0_1.xml", "offers0_1.xml"), List.copyOf(imported.get(0).keySet()));
        assertArrayEquals(big, imported.get(0).get("import0_1.xml"));
        assertFalse(Files.exists(staging.resolve(session)), "staged files are removed once imported");
        assertEquals("success", get("catalog", "deactivate", session).text());
        assertEquals("success", get("catalog", "complete", session).text());
    }

    @Test
    void aFailedImportIsFailureWithTheReasonForEveryFile() throws Exception {
        outcome = ImportRun.Status.FAILED;
        String session = checkauth("catalog");
        get("catalog", "init", session);
        upload(session, "offers.xml", new byte[] {1});
        ExchangeReply reply = importUntilDone(session, "offers.xml");
        assertEquals("failure\noffers.xml, строка 3: Файл оборван", reply.text());
        assertEquals(reply.text(), importUntilDone(session, "import.xml").text());
    }

    @Test
    void wrongOrMissingCredentialsAreRefused() {
        for (String auth : new String[] {basic(USER, "wrong"), basic("someone", PASSWORD), basic(USER, PASSWORD + " "),
            "Basic !!!not-base64", "Bearer abc", null}) {
            ExchangeReply reply = protocol.handle(new ExchangeRequest("catalog", "checkauth", null, auth, null,
                    InputStreamOf.EMPTY, 0));
            assertTrue(reply.text().startsWith("failure\n"), auth + " -> " + reply.text());
            assertNull(reply.newSession());
        }
        assertEquals(0, protocol.sessionCount());
    }

    @Test
    void withoutAValidSessionNothingIsStaged() throws Exception {
        assertTrue(upload(null, "import.xml", new byte[] {1}).text().startsWith("failure\n"));
        assertTrue(upload("0".repeat(48), "import.xml", new byte[] {1}).text().startsWith("failure\n"));
        assertTrue(upload("../../etc", "import.xml", new byte[] {1}).text().startsWith("failure\n"));
        assertFalse(Files.exists(staging) && Files.list(staging).findAny().isPresent());
    }

    @Test
    void basicAgainInsteadOfTheCookieOpensASessionOfItsOwn() {
        ExchangeReply reply = protocol.handle(new ExchangeRequest("catalog", "init", null, basic(USER, PASSWORD), null,
                InputStreamOf.EMPTY, 0));
        assertEquals("zip=yes\nfile_limit=1024", reply.text());
        assertNotNull(reply.newSession());
        String session = checkauth("catalog");
        ExchangeReply wrong = protocol.handle(new ExchangeRequest("catalog", "init", null, basic(USER, "x"), session,
                InputStreamOf.EMPTY, 0));
        assertTrue(wrong.text().startsWith("failure\n"), "a valid cookie does not excuse a wrong password");
    }

    @Test
    void noPasswordConfiguredMeansFailureToEverything() {
        protocol.configure(settings("", "", 1024));
        for (String mode : new String[] {"checkauth", "init", "file", "import", "query", "success"}) {
            for (String type : new String[] {"catalog", "sale"}) {
                ExchangeReply reply = protocol.handle(new ExchangeRequest(type, mode, "import.xml", basic("", ""), null,
                        InputStreamOf.EMPTY, 0));
                assertTrue(reply.text().startsWith("failure\nОбмен с 1С выключен"), type + " " + mode + ": " + reply.text());
            }
        }
    }

    @Test
    void anOversizedChunkIsRefusedAndTheFileStaysAsItWas() throws Exception {
        String session = checkauth("catalog");
        get("catalog", "init", session);
        assertEquals("success", upload(session, "import.xml", new byte[1000]).text());
        ExchangeReply declared = upload(session, "import.xml", new byte[1025]);
        assertTrue(declared.text().startsWith("failure\nЧасть файла «import.xml» больше"), declared.text());
        // a body longer than it claims is cut back too
        ExchangeReply lying = protocol.handle(new ExchangeRequest("catalog", "file", "import.xml", null, session,
                new ByteArrayInputStream(new byte[5000]), -1));
        assertTrue(lying.text().startsWith("failure\n"), lying.text());
        assertEquals(1000, Files.size(staging.resolve(session).resolve("import.xml")));
    }

    @Test
    void aHostileFilenameIsRefusedAndNothingIsWrittenOutsideTheSession() throws Exception {
        String session = checkauth("catalog");
        get("catalog", "init", session);
        for (String name : new String[] {"../../../evil.xml", "/etc/evil.xml", "a\u0000.xml", "..", "C:\\evil.xml"}) {
            ExchangeReply reply = upload(session, name, new byte[] {1});
            assertTrue(reply.text().startsWith("failure\nНедопустимое имя файла"), name + ": " + reply.text());
        }
        try (var all = Files.walk(home)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith("evil")));
        }
    }

    @Test
    void initStartsAFreshExchange() throws Exception {
        String session = checkauth("catalog");
        get("catalog", "init", session);
        upload(session, "old.xml", new byte[] {1});
        get("catalog", "init", session);
        upload(session, "new.xml", new byte[] {2});
        importUntilDone(session, "new.xml");
        assertEquals(List.of("new.xml"), List.copyOf(imported.get(0).keySet()));
    }

    @Test
    void importWithoutFilesIsAFailure() {
        String session = checkauth("catalog");
        get("catalog", "init", session);
        assertTrue(get("catalog", "import", session).text().startsWith("failure\nНе получено ни одного файла"));
    }

    @Test
    void idleSessionsExpireWithTheirStagedFiles() throws Exception {
        String session = checkauth("catalog");
        get("catalog", "init", session);
        upload(session, "import.xml", new byte[] {1});
        assertTrue(Files.exists(staging.resolve(session)));
        clock.advance(ExchangeProtocol.SESSION_TTL.plusMinutes(1));
        assertTrue(get("catalog", "import", session).text().startsWith("failure\nСессия обмена не найдена"));
        assertFalse(Files.exists(staging.resolve(session)));
        assertEquals(0, protocol.sessionCount());
    }

    @Test
    void saleAnswersSoThatOneCGoesOn() {
        String session = checkauth("sale");
        assertTrue(get("sale", "init", session).text().startsWith("zip=no\nfile_limit="));
        ExchangeReply query = get("sale", "query", session);
        assertEquals(ExchangeReply.XML, query.contentType());
        assertTrue(query.text().startsWith("<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<КоммерческаяИнформация "
                + "ВерсияСхемы=\"2.05\" ДатаФормирования=\""), query.text());
        assertFalse(query.text().contains("Документ"));
        for (String mode : new String[] {"success", "file", "import"}) {
            assertEquals("success", get("sale", mode, session).text(), mode);
        }
        assertTrue(imported.isEmpty());
    }

    @Test
    void unknownTypesAndModesAreFailures() {
        String session = checkauth("catalog");
        assertTrue(get("catalog", "dance", session).text().startsWith("failure\nНеизвестный режим"));
        assertTrue(get("orders", "init", session).text().startsWith("failure\nНеизвестный тип"));
        assertTrue(get(null, null, session).text().startsWith("failure\n"));
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Moscow");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static final class InputStreamOf {
        static final ByteArrayInputStream EMPTY = new ByteArrayInputStream(new byte[0]);
    }
}
