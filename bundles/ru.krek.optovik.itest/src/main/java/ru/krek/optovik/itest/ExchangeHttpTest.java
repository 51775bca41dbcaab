package ru.krek.optovik.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.krek.optovik.api.catalog.CatalogStats;
import ru.krek.optovik.api.catalog.ImportRun;

/**
 * 1C's "exchange with a site" replayed over real HTTP against the running Jetty: checkauth, init,
 * chunked uploads (a zip and plain XML), import polled while it answers progress, and the refusals.
 */
class ExchangeHttpTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final int CHUNK = 4096;
    private static final String ONEC = "optovik.onec";

    private CatalogFixture f;

    @BeforeEach
    void exchangeOn() throws Exception {
        f = CatalogFixture.freshDatabase("exchange");
        OptovikFramework.configure(ONEC, "exchange.user", "1c", "exchange.password", "Секрет-42",
                "file.limit", CHUNK);
        OptovikFramework.await("the exchange to take its password",
                () -> lines(call("GET", "catalog", "checkauth", null, basic("1c", "Секрет-42"))).get(0).equals("success"));
    }

    @AfterEach
    void exchangeOff() throws IOException {
        OptovikFramework.unconfigure(ONEC);
    }

    @Test
    void aZippedExchangeUploadedInChunksIsImportedOnce() throws Exception {
        HttpResponse<byte[]> auth = call("GET", "catalog", "checkauth", null, basic("1c", "Секрет-42"));
        assertTrue(auth.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=windows-1251"),
                auth.headers().toString());
        List<String> answer = lines(auth);
        assertEquals("success", answer.get(0), answer.toString());
        String cookie = answer.get(1) + "=" + answer.get(2);

        assertEquals(List.of("zip=yes", "file_limit=" + CHUNK), lines(call("GET", "catalog", "init", null, cookie)));
        byte[] zip = zip(f.corpus("zip", "05", "07"));
        assertTrue(zip.length > 2 * CHUNK, "the archive must come in several pieces: " + zip.length);
        upload(cookie, "v8_2C7E_125d5b.zip", zip);
        List<String> done = importUntilDone(cookie, "import0_1.xml");
        assertEquals("success", done.get(0), done.toString());
        assertEquals("success", importUntilDone(cookie, "offers0_1.xml").get(0), "every file's import call answers");

        CatalogStats s = f.stats();
        assertEquals(283, s.products(), s.toString());
        assertEquals(44, s.offers(), s.toString());
        assertEquals("exchange", s.lastImport().source().origin());
        assertEquals(1, f.catalog.runs(10).size(), "one exchange, one run");
    }

    @Test
    void plainXmlFilesWithAChunkedOneAndTheCookieAlone() throws Exception {
        String cookie = login();
        call("GET", "catalog", "init", null, cookie);
        Path folder = f.corpus("plain", "14", "13");
        for (Path file : Files.list(folder).sorted().toList()) {
            upload(cookie, file.getFileName().toString(), Files.readAllBytes(file));
        }
        assertEquals("success", importUntilDone(cookie, "import.xml").get(0));
        assertEquals(12, f.stats().prices());
    }

    @Test
    void aBrokenExchangeAnswersFailureWithTheReasonAndChangesNothing() throws Exception {
        String cookie = login();
        call("GET", "catalog", "init", null, cookie);
        Path orders = Files.list(f.corpus("sale", "18")).findFirst().orElseThrow();
        upload(cookie, "orders.xml", Files.readAllBytes(orders));
        List<String> done = importUntilDone(cookie, "orders.xml");
        assertEquals("failure", done.get(0), done.toString());
        assertTrue(String.join("\n", done).contains("документ продажи"), "in Russian, for the 1C administrator: " + done);
        assertEquals(0, f.stats().offers());
        assertEquals(ImportRun.Status.FAILED, f.stats().lastImport().status());
    }

    @Test
    void wrongCredentialsAreRefused() throws Exception {
        List<String> answer = lines(call("GET", "catalog", "checkauth", null, basic("1c", "wrong")));
        assertEquals("failure", answer.get(0), answer.toString());
        answer = lines(call("GET", "catalog", "checkauth", null, null));
        assertEquals("failure", answer.get(0), "no credentials at all: " + answer);
        answer = lines(call("GET", "catalog", "init", null, "optovik_1c=forged"));
        assertEquals("failure", answer.get(0), "a forged session: " + answer);
        assertTrue(f.catalog.runs(10).isEmpty());
    }

    @Test
    void withoutAPasswordTheExchangeIsOff() throws Exception {
        OptovikFramework.configure(ONEC, "exchange.user", "1c");
        OptovikFramework.await("the exchange to switch off",
                () -> lines(call("GET", "catalog", "checkauth", null, basic("1c", "Секрет-42"))).get(0).equals("failure"));
    }

    @Test
    void theSaleDirectionAnswersPolitely() throws Exception {
        String cookie = login();
        List<String> query = lines(call("GET", "sale", "query", null, cookie));
        assertTrue(String.join("\n", query).contains("КоммерческаяИнформация"), query.toString());
        assertEquals("success", lines(call("GET", "sale", "success", null, cookie)).get(0));
    }

    private String login() throws Exception {
        List<String> answer = lines(call("GET", "catalog", "checkauth", null, basic("1c", "Секрет-42")));
        return answer.get(1) + "=" + answer.get(2);
    }

    /** As 1C sends a file larger than file_limit: the same filename, one piece after another. */
    private static void upload(String cookie, String filename, byte[] bytes) {
        for (int at = 0; at < bytes.length; at += CHUNK) {
            byte[] piece = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + CHUNK));
            assertEquals(List.of("success"), lines(call("POST", "catalog", "file&filename=" + filename, piece, cookie)));
        }
    }

    @Test
    void aPieceLargerThanTheLimitIsRefused() throws Exception {
        String cookie = login();
        call("GET", "catalog", "init", null, cookie);
        List<String> answer = lines(call("POST", "catalog", "file&filename=import.xml", new byte[CHUNK + 1], cookie));
        assertEquals("failure", answer.get(0), answer.toString());
        assertTrue(answer.get(1).contains("file_limit"), answer.toString());
    }

    private List<String> importUntilDone(String cookie, String filename) throws Exception {
        long deadline = System.nanoTime() + OptovikFramework.PATIENCE.toNanos();
        while (true) {
            List<String> answer = lines(call("GET", "catalog", "import&filename=" + filename, null, cookie));
            if (!answer.get(0).equals("progress")) {
                return answer;
            }
            assertTrue(System.nanoTime() < deadline, "still in progress: " + answer);
            Thread.sleep(100);
        }
    }

    /** One request; the header is either a cookie (name=value) or a Basic authorization. */
    private static HttpResponse<byte[]> call(String method, String type, String mode, byte[] body, String header) {
        try {
            HttpRequest.Builder request = OptovikFramework.request("/1c/exchange?type=" + type + "&mode=" + mode)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (header != null) {
                request.header(header.startsWith("Basic ") ? "Authorization" : "Cookie", header);
            }
            return OptovikFramework.sendBytes(request.build());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> lines(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        return List.of(new String(response.body(), CP1251).split("\n"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(Path folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Path file : Files.list(folder).sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
