package ru.krek.optovik.itest;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser's memory for one test of the site: the CSRF cookie and the last page's form token. */
final class SiteVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    String cookie;
    String csrf;
    /** sent as X-Forwarded-For when set (a client behind a proxy) */
    String forwardedFor;

    HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = OptovikFramework.request(path);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = OptovikFramework.send(request.build());
        response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    HttpResponse<String> post(String path, Map<String, List<String>> form) throws Exception {
        HttpRequest.Builder request = OptovikFramework.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return OptovikFramework.send(request.build());
    }

    static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))).collect(Collectors.joining("&"));
    }

    /** The registration form as a browser posts it, with this visitor's CSRF token (none when csrf is null). */
    static Map<String, List<String>> registration(String csrf, String inn, String email, List<String> groups) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("company", List.of("ООО «Радиодеталь»"));
        form.put("inn", List.of(inn));
        form.put("kpp", List.of(""));
        form.put("contact", List.of("Мария Иванова"));
        form.put("email", List.of(email));
        form.put("phone", List.of("+7 812 000-00-00"));
        form.put("city", List.of("Санкт-Петербург"));
        form.put("groups", groups);
        form.put("stock", List.of("total"));
        form.put("pricelist_frequency", List.of("weekly"));
        form.put("notify_frequency", List.of("daily"));
        form.put("consent", List.of("yes"));
        if (csrf != null) {
            form.put("csrf", List.of(csrf));
        }
        return form;
    }

    /** GET / for a fresh token, then the registration POST. */
    HttpResponse<String> register(String inn, String email, List<String> groups) throws Exception {
        get("/");
        return post("/", registration(csrf, inn, email, groups));
    }
}
