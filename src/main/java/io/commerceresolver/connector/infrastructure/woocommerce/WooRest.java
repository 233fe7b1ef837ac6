package io.commerceresolver.connector.infrastructure.woocommerce;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.infrastructure.VendorHttp;

/**
 * A store's WooCommerce REST API v3 ({@code /wp-json/wc/v3/}) with HTTP Basic authentication by consumer key and
 * secret (over HTTPS, as WooCommerce requires), and the translation of its answers into the port's failures: no answer
 * or 5xx transient, 429 rate-limited with its Retry-After, 401/403 unauthorized, 404 absent (for the caller to judge),
 * any other refusal a rejection keeping WooCommerce's own {@code code} and {@code message}.
 */
final class WooRest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private final VendorHttp http;
    private final String api;
    private final String authorization;
    private final ObjectMapper json = VendorHttp.snakeCaseJson();

    WooRest(HttpClient http, String baseUrl, String consumerKey, String consumerSecret, Duration timeout) {
        this.http = new VendorHttp(http, "WooCommerce", timeout, json);
        this.api = baseUrl + "/wp-json/wc/v3";
        this.authorization = consumerKey == null || consumerSecret == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((consumerKey + ":" + consumerSecret).getBytes(StandardCharsets.UTF_8));
    }

    /** The resource, or empty when WooCommerce answers 404. */
    <T> Optional<T> get(String path, Class<T> type) {
        HttpResponse<String> response = send("GET", api + path, null);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(read(path, response, json.getTypeFactory().constructType(type)));
    }

    /** Every page of a list, following the {@code Link: <…>; rel="next"} header WooCommerce sends while more pages remain. */
    <T> List<T> getAll(String path, Class<T> type) {
        List<T> all = new ArrayList<>();
        String next = api + path + (path.contains("?") ? "&" : "?") + "per_page=100";
        JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
        while (next != null) {
            HttpResponse<String> response = send("GET", next, null);
            List<T> page = read(path, response, listType);
            all.addAll(page);
            next = response.headers().firstValue("Link").map(WooRest::nextPage).orElse(null);
        }
        return all;
    }

    <T> T post(String path, Object body, Class<T> type) {
        return read(path, send("POST", api + path, body), json.getTypeFactory().constructType(type));
    }

    <T> T put(String path, Object body, Class<T> type) {
        return read(path, send("PUT", api + path, body), json.getTypeFactory().constructType(type));
    }

    static String nextPage(String link) {
        Matcher next = NEXT.matcher(link);
        return next.find() ? next.group(1) : null;
    }

    private HttpResponse<String> send(String method, String uri, Object body) {
        if (authorization == null) {
            throw new Unauthorized("No WooCommerce consumer key and secret are stored for this tenant");
        }
        return http.send(method, URI.create(uri), body, "Authorization", authorization, "Accept", "application/json");
    }

    private <T> T read(String what, HttpResponse<String> response, JavaType type) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return http.body(what, response, type);
        }
        WooJson.WooError error = error(response.body());
        throw VendorHttp.failure(response, "WooCommerce answered " + status + " to " + what + ": " + (error.message() == null ? "" : error.message()),
                error.code() == null ? "woocommerce_" + status : error.code());
    }

    private WooJson.WooError error(String body) {
        try {
            return json.readValue(body, WooJson.WooError.class);
        } catch (JsonProcessingException | IllegalArgumentException notJson) {
            return new WooJson.WooError(null, body == null ? null : body.length() > 200 ? body.substring(0, 200) : body);
        }
    }
}
