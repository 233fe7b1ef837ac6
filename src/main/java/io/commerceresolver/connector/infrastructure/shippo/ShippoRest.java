package io.commerceresolver.connector.infrastructure.shippo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.infrastructure.RetryAfter;

/**
 * Shippo's REST API with {@code Authorization: ShippoToken <token>}, pinned to the API version the adapter is written
 * for ({@code SHIPPO-API-VERSION}; an account's default may be another), and the translation of its answers into the
 * port's failures (docs.goshippo.com, "HTTP response status codes"): no answer or 5xx transient, 429 rate-limited with its
 * Retry-After, 401/403 unauthorized, 404 absent (for the caller to judge), any other refusal (400, 409, 422) a rejection
 * keeping Shippo's own words. Nothing here retries: that is the caller's {@code ConnectorCalls}.
 */
final class ShippoRest {

    static final String API_VERSION = "2018-02-08";

    private final HttpClient http;
    private final URI api;
    private final String authorization;
    private final Duration timeout;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    ShippoRest(HttpClient http, String baseUrl, String apiKey, Duration timeout) {
        this.http = http;
        this.api = URI.create(baseUrl);
        this.authorization = apiKey == null ? null : "ShippoToken " + apiKey;
        this.timeout = timeout;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", authorization).header("SHIPPO-API-VERSION", API_VERSION).header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Shippo request bodies are plain records and always serialise", e);
        } catch (IOException e) {
            // a timeout or a reset connection: whether a purchase happened is unknown, and the next call looks for it first
            throw new TransientFailure("Shippo did not answer " + method + " " + uri.getPath() + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("Interrupted while waiting for Shippo", e);
        }
    }

    private <T> T read(String what, HttpResponse<String> response, Class<T> type) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return json.readValue(response.body(), type);
            } catch (JsonProcessingException e) {
                throw new TransientFailure("Shippo's answer to " + what + " is not the JSON it documents: " + e.getOriginalMessage(), e);
            }
        }
        String message = "Shippo answered " + status + " to " + what + ": " + wordsOf(response.body());
        if (status == 429) {
            throw new RateLimited(message, RetryAfter.of(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status == 401 || status == 403) {
            throw new Unauthorized(message);
        }
        if (status >= 500) {
            throw new TransientFailure(message);
        }
        throw new ConnectorRejection("shippo_" + status, message);
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
