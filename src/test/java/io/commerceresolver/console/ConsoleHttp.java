package io.commerceresolver.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's hold on the console over plain HTTP, without a browser: its cookies (the session), the CSRF token of
 * each form it posts. Redirects are looked at, not followed.
 */
public class ConsoleHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public ConsoleHttp(int port) {
        this.port = port;
    }

    public static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page's form carries a CSRF token").isTrue();
        return token.group(1);
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String csrf, String... fields) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder(csrf == null ? "" : "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the console's form as one of {@link ConsolePeople}; returns the sign-in's answer (a redirect). */
    public HttpResponse<String> signIn(String tenantId, String username) throws IOException, InterruptedException {
        return post("/console/sign-in", csrf(get("/console/sign-in").body()), "tenant", tenantId, "username", username, "password",
                ConsolePeople.PASSWORD);
    }
}
