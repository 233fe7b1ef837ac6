package io.commerceresolver.connector.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;

/**
 * A vendor's JSON REST API over the shared JDK client, and what its answers mean for the port, the same for every
 * REST vendor: no answer or 5xx transient, 429 rate-limited with its {@code Retry-After}, 401/403 unauthorized, any
 * other refusal a rejection under the vendor's code. Nothing here retries: that is the caller's {@code ConnectorCalls}.
 */
public final class VendorHttp {

    private final HttpClient http;
    private final String vendor;
    private final Duration timeout;
    private final ObjectMapper json;

    public VendorHttp(HttpClient http, String vendor, Duration timeout, ObjectMapper json) {
        this.http = http;
        this.vendor = vendor;
        this.timeout = timeout;
        this.json = json;
    }

    /**
     * The JSON of a REST vendor that names its fields in snake_case (WooCommerce, Shippo): fields the adapter does not
     * read are ignored when they come, and null ones are left out of what it sends.
     */
    public static ObjectMapper snakeCaseJson() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Sends the request with the headers given as name, value pairs, and the body as JSON unless it is null. */
    public HttpResponse<String> send(String method, URI uri, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).headers(headers);
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(vendor + " request bodies are plain records and always serialise", e);
        } catch (IOException e) {
            // a timeout or a reset connection: whether a write happened is unknown, and its key makes a retry safe
            throw new TransientFailure(vendor + " did not answer " + method + " " + uri.getPath() + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("Interrupted while waiting for " + vendor, e);
        }
    }

    /** A 2xx answer's body as the type; one that is not the JSON the vendor documents (a proxy's page) is worth another try. */
    public <T> T body(String what, HttpResponse<String> response, JavaType type) {
        try {
            return json.readValue(response.body(), type);
        } catch (JsonProcessingException e) {
            throw new TransientFailure(vendor + "'s answer to " + what + " is not the JSON it documents: " + e.getOriginalMessage(), e);
        }
    }

    /** What an answer other than 2xx amounts to; {@code message} says it in the vendor's words, {@code refusalCode} names a refusal. */
    public static RuntimeException failure(HttpResponse<String> response, String message, String refusalCode) {
        int status = response.statusCode();
        if (status == 429) {
            return new RateLimited(message, RetryAfter.of(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status == 401 || status == 403) {
            return new Unauthorized(message);
        }
        if (status >= 500) {
            return new TransientFailure(message);
        }
        return new ConnectorRejection(refusalCode, message);
    }
}
