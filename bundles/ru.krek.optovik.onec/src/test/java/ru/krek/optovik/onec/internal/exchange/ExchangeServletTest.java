package ru.krek.optovik.onec.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.krek.optovik.api.runtime.OptovikHome;
import ru.krek.optovik.onec.internal.config.OnecSettings;

/** The servlet's own part: parameters from the query string only, the cookie, windows-1251 out. */
class ExchangeServletTest {

    @TempDir
    Path home;
    ExchangeProtocol protocol;
    ExchangeServlet servlet;

    @BeforeEach
    void setUp() {
        OptovikHome optovikHome = new OptovikHome(home);
        protocol = new ExchangeProtocol(optovikHome.resolve("1c/exchange"), (files, source, wait) -> {
            throw new AssertionError("no import in these tests");
        }, new OnecSettings("1c", "пароль", optovikHome.resolve("1c/inbox"), 4096), Clock.systemUTC());
        servlet = new ExchangeServlet(protocol, optovikHome);
    }

    @AfterEach
    void tearDown() {
        protocol.close();
    }

    /** What the servlet wrote back. */
    static final class Sent {
        int status;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final List<Cookie> cookies = new ArrayList<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(ExchangeServlet.WINDOWS_1251);
        }
    }

    Sent call(String method, String query, String authorization, String cookie, byte[] body) throws Exception {
        ServletInputStream in = new ServletInputStream() {
            final ByteArrayInputStream bytes = new ByteArrayInputStream(body);

            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getQueryString" -> query;
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getCookies" -> cookie == null ? null : new Cookie[] {new Cookie(ExchangeProtocol.COOKIE, cookie)};
                    case "getInputStream" -> in;
                    case "getContentLengthLong" -> (long) body.length;
                    case "getContextPath" -> "/1c";
                    case "getParameter", "getParameterMap", "getReader" ->
                        throw new AssertionError("the body must never be parsed as a form");
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        Sent sent = new Sent();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                sent.body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> sent.status = (Integer) args[0];
                        case "setContentType" -> sent.contentType = (String) args[0];
                        case "setHeader" -> sent.headers.put((String) args[0], (String) args[1]);
                        case "addCookie" -> sent.cookies.add((Cookie) args[0]);
                        case "setContentLength" -> sent.headers.put("Content-Length", args[0].toString());
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
        servlet.service(request, response);
        return sent;
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void checkauthSetsTheCookieAndAnswersInWindows1251() throws Exception {
        Sent sent = call("GET", "type=catalog&mode=checkauth", basic("1c", "пароль"), null, new byte[0]);
        assertEquals(200, sent.status);
        assertEquals("text/plain; charset=windows-1251", sent.contentType);
        String[] lines = sent.text().split("\n");
        assertEquals("success", lines[0]);
        assertEquals(1, sent.cookies.size());
        assertEquals(ExchangeProtocol.COOKIE, sent.cookies.get(0).getName());
        assertEquals(lines[2], sent.cookies.get(0).getValue());
        assertEquals("/1c", sent.cookies.get(0).getPath());
        assertEquals("no-store", sent.headers.get("Cache-Control"));
    }

    @Test
    void aFailureIsStatus200WithRussianTextInWindows1251() throws Exception {
        Sent sent = call("GET", "type=catalog&mode=checkauth", basic("1c", "не тот"), null, new byte[0]);
        assertEquals(200, sent.status);
        assertEquals("failure\nНеверное имя пользователя или пароль обмена.", sent.text());
        byte[] expected = sent.text().getBytes(ExchangeServlet.WINDOWS_1251);
        assertEquals(String.valueOf(expected.length), sent.headers.get("Content-Length"));
        assertTrue(sent.cookies.isEmpty());
    }

    @Test
    void anUploadTakesItsNameFromTheQueryAndItsBytesRaw() throws Exception {
        String session = call("GET", "type=catalog&mode=checkauth", basic("1c", "пароль"), null, new byte[0]).text()
                .split("\n")[2];
        call("GET", "type=catalog&mode=init", null, session, new byte[0]);
        byte[] body = "a=1&b=2".getBytes(StandardCharsets.US_ASCII); // looks like a form; must stay bytes
        Sent sent = call("POST", "type=catalog&mode=file&filename=%D0%A2%D0%BE%D0%B2%D0%B0%D1%80%D1%8B.xml",
                null, session, body);
        assertEquals("success", sent.text());
        Path staged = home.resolve("1c/exchange").resolve(session).resolve("Товары.xml");
        assertEquals("a=1&b=2", Files.readString(staged));
    }

    @Test
    void theSaleQueryIsXmlInWindows1251() throws Exception {
        String session = call("GET", "type=sale&mode=checkauth", basic("1c", "пароль"), null, new byte[0]).text()
                .split("\n")[2];
        Sent sent = call("GET", "type=sale&mode=query", null, session, new byte[0]);
        assertEquals("application/xml; charset=windows-1251", sent.contentType);
        assertTrue(sent.text().contains("<КоммерческаяИнформация ВерсияСхемы=\"2.05\""), sent.text());
    }

    @Test
    void queryParsing() {
        Map<String, String> q = ExchangeServlet.query("type=catalog&mode=file&filename=a%2Fb.xml&bad=%zz&mode=x&flag");
        assertEquals("catalog", q.get("type"));
        assertEquals("file", q.get("mode"), "the first value counts");
        assertEquals("a/b.xml", q.get("filename"));
        assertNull(q.get("bad"));
        assertEquals("", q.get("flag"));
        assertTrue(ExchangeServlet.query(null).isEmpty());
    }
}
