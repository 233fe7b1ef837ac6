package io.commerceresolver.connector.infrastructure.shippo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.infrastructure.VendorHttp;

/**
 * Shippo's REST API with {@code Authorization: ShippoToken <token>}, pinned to the API version the adapter is written
 * for ({@code SHIPPO-API-VERSION}; an account's default may be another), and the translation of its answers into the
 * port's failures (docs.goshippo.com, "HTTP response status codes"): no answer or 5xx transient, 429 rate-limited with its
 * Retry-After, 401/403 unauthorized, 404 absent (for the caller to judge), any other refusal (400, 409, 422) a rejection
 * keeping Shippo's own words ({@link VendorHttp}).
 */
final class ShippoRest {

    static final String API_VERSION = "2018-02-08";

    private final VendorHttp http;
    private final URI api;
    private final String authorization;
    private final ObjectMapper json = VendorHttp.snakeCaseJson();

    ShippoRest(HttpClient http, String baseUrl, String apiKey, Duration timeout) {
        this.http = new VendorHttp(http, "Shippo", timeout, json);
        this.api = URI.create(baseUrl);
        this.authorization = apiKey == null ? null : "ShippoToken " + apiKey;
    }

    /** The resource, or empty when Shippo answers 404. */
    <T> Optional<T> find(String path, Class<T> type) {
        HttpResponse<String> response = send("GET", at(path), null);
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(read(path, response, type));
    }

    /** A path of the API, or a URL Shippo gave (a list's {@code next}), which must be on the API's own origin. */
    <T> T get(String pathOrUrl, Class<T> type) {
        URI uri = pathOrUrl.startsWith("/") ? at(pathOrUrl) : sameOrigin(pathOrUrl);
        return read(uri.getPath(), send("GET", uri, null), type);
    }

    <T> T post(String path, Object body, Class<T> type) {
        return read(path, send("POST", at(path), body), type);
    }

    private URI at(String path) {
        return URI.create(api + path);
    }

    /** Never follows a link to another host: the token would go with it. */
    private URI sameOrigin(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new TransientFailure("Shippo's next page is not a URL: " + url);
        }
        if (!Objects.equals(uri.getScheme(), api.getScheme()) || !Objects.equals(uri.getHost(), api.getHost()) || uri.getPort() != api.getPort()) {
            throw new ConnectorRejection("shippo_foreign_link", "Shippo's next page points away from " + api.getHost() + ": not followed");
        }
        return uri;
    }

    private HttpResponse<String> send(String method, URI uri, Object body) {
        if (authorization == null) {
            throw new Unauthorized("No Shippo API token is stored for this tenant (secret shippo.api-key)");
        }
        return http.send(method, uri, body, "Authorization", authorization, "SHIPPO-API-VERSION", API_VERSION, "Accept", "application/json");
    }

    private <T> T read(String what, HttpResponse<String> response, Class<T> type) {
        if (response.statusCode() / 100 == 2) {
            return http.body(what, response, json.getTypeFactory().constructType(type));
        }
        throw VendorHttp.failure(response, "Shippo answered " + response.statusCode() + " to " + what + ": " + wordsOf(response.body()),
                "shippo_" + response.statusCode());
    }

    /**
     * Shippo's own words from an error body: {@code {"detail": "..."}}, or each refused field with its messages
     * ({@code {"address_to": ["..."]}}); the start of anything else.
     */
    private String wordsOf(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try {
            JsonNode error = json.readTree(body);
            if (error.path("detail").isTextual()) {
                return error.get("detail").asText();
            }
            if (error.isObject()) {
                StringBuilder words = new StringBuilder();
                for (Iterator<Map.Entry<String, JsonNode>> fields = error.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    words.append(words.isEmpty() ? "" : "; ").append(field.getKey()).append(": ")
                            .append(field.getValue().isArray() ? joined(field.getValue()) : text(field.getValue()));
                }
                return words.toString();
            }
        } catch (JsonProcessingException notJson) {
            // an HTML error page: its start is enough for the event log
        }
        String text = body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String joined(JsonNode messages) {
        StringBuilder words = new StringBuilder();
        messages.forEach(m -> words.append(words.isEmpty() ? "" : " ").append(text(m)));
        return words.toString();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }
}
