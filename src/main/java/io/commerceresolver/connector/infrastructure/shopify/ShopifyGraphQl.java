package io.commerceresolver.connector.infrastructure.shopify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.commerceresolver.connector.ConnectorRejection;
import io.commerceresolver.connector.RateLimited;
import io.commerceresolver.connector.TransientFailure;
import io.commerceresolver.connector.Unauthorized;
import io.commerceresolver.connector.infrastructure.RetryAfter;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.Envelope;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.GraphQlError;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.ThrottleStatus;
import io.commerceresolver.connector.infrastructure.shopify.ShopifyJson.UserError;

/**
 * One shop's GraphQL Admin API endpoint ({@code POST /admin/api/{version}/graphql.json} with
 * {@code X-Shopify-Access-Token}), and the translation of every way it can fail into the port's typed failures:
 * <ul>
 * <li>no answer, a timeout, a reset connection, or 5xx: {@link TransientFailure}, retried by the caller's
 * {@code ConnectorCalls};</li>
 * <li>429, with its {@code Retry-After}; or a 200 whose error says {@code THROTTLED}, waiting as long as the bucket
 * needs to hold the query's cost again ({@code throttleStatus}): {@link RateLimited};</li>
 * <li>401 or 403, or an {@code ACCESS_DENIED} error (the token lacks a scope): {@link Unauthorized};</li>
 * <li>anything else Shopify refuses: {@link ConnectorRejection} with Shopify's own message kept.</li>
 * </ul>
 * Nothing here retries: that is the caller's {@code ConnectorCalls}, and doing it twice would multiply the attempts.
 */
final class ShopifyGraphQl {

    private static final String TOKEN_HEADER = "X-Shopify-Access-Token";

    private final HttpClient http;
    private final URI endpoint;
    private final String accessToken;
    private final Duration timeout;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    ShopifyGraphQl(HttpClient http, String baseUrl, String apiVersion, String accessToken, Duration timeout) {
        this.http = http;
        this.endpoint = URI.create(baseUrl + "/admin/api/" + apiVersion + "/graphql.json");
        this.accessToken = accessToken;
        this.timeout = timeout;
    }

    /** The request body: the document and its typed variables (null when it has none). */
    private record Request(String query, Object variables) {
    }

    /** Sends one document and returns its {@code data}, or throws the failure it amounts to. */
    <T> T execute(String operation, String document, Object variables, Class<T> dataType) {
        if (accessToken == null) {
            throw new Unauthorized("No Shopify access token is stored for this tenant (secret shopify.access-token)");
        }
        HttpResponse<String> response = send(operation, body(document, variables));
        int status = response.statusCode();
        if (status == 429) {
            throw new RateLimited("Shopify answered 429 to " + operation + ": " + messageOf(response.body()),
                    retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        if (status == 401 || status == 403) {
            throw new Unauthorized("Shopify refused the access token (" + status + ") for " + operation + ": " + messageOf(response.body()));
        }
        if (status >= 500) {
            throw new TransientFailure("Shopify answered " + status + " to " + operation + ": " + messageOf(response.body()));
        }
        if (status != 200) {
            // 402 a frozen shop, 404 no such shop or API version, 423 a locked shop: a person must look
            throw new ConnectorRejection("shopify_" + status, "Shopify answered " + status + " to " + operation + ": "
                    + messageOf(response.body()));
        }
        Envelope<T> envelope = parse(operation, response.body(), dataType);
        if (envelope.errors() != null && !envelope.errors().isEmpty()) {
            throw failureOf(operation, envelope);
        }
        if (envelope.data() == null) {
            throw new TransientFailure("Shopify answered " + operation + " with neither data nor errors");
        }
        return envelope.data();
    }

    private HttpResponse<String> send(String operation, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(TOKEN_HEADER, accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a timeout, a refused or reset connection: whether a write happened is unknown, and its key makes a retry safe
            throw new TransientFailure("Shopify did not answer " + operation + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("Interrupted while waiting for Shopify to answer " + operation, e);
        }
    }

    private String body(String document, Object variables) {
        try {
            return json.writeValueAsString(new Request(document, variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("GraphQL variables are plain records and always serialise", e);
        }
    }

    private <T> Envelope<T> parse(String operation, String body, Class<T> dataType) {
        JavaType type = json.getTypeFactory().constructParametricType(Envelope.class, dataType);
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            // a proxy's error page, a truncated body: not Shopify's considered answer, so worth another try
            throw new TransientFailure("Shopify's answer to " + operation + " is not the JSON it documents: " + e.getOriginalMessage(), e);
        }
    }

    private RuntimeException failureOf(String operation, Envelope<?> envelope) {
        List<GraphQlError> errors = envelope.errors();
        String messages = errors.stream().map(GraphQlError::message).filter(Objects::nonNull).collect(Collectors.joining("; "));
        if (errors.stream().anyMatch(e -> "THROTTLED".equals(e.code()) || "Throttled".equals(e.message()))) {
            ThrottleStatus bucket = envelope.extensions() == null || envelope.extensions().cost() == null ? null
                    : envelope.extensions().cost().throttleStatus();
            Double cost = envelope.extensions() == null || envelope.extensions().cost() == null ? null
                    : envelope.extensions().cost().requestedQueryCost();
            return new RateLimited("Shopify throttled " + operation + ": " + messages, throttleWait(cost, bucket));
        }
        if (errors.stream().anyMatch(e -> "ACCESS_DENIED".equals(e.code()))) {
            return new Unauthorized("Shopify denied " + operation + " to this token: " + messages);
        }
        if (errors.stream().anyMatch(e -> "INTERNAL_SERVER_ERROR".equals(e.code()))) {
            return new TransientFailure("Shopify failed " + operation + ": " + messages);
        }
        String code = errors.stream().map(GraphQlError::code).filter(Objects::nonNull).findFirst()
                .map(c -> c.toLowerCase(Locale.ROOT)).orElse("graphql_error");
        return new ConnectorRejection("shopify_" + code, "Shopify refused " + operation + ": " + messages);
    }

    /**
     * How long until the bucket holds the query's cost again: the points missing over the points restored per second.
     * Without the figures, nothing is known and the caller's own backoff decides.
     */
    static Duration throttleWait(Double requestedCost, ThrottleStatus bucket) {
        if (bucket == null || bucket.restoreRate() <= 0) {
            return null;
        }
        double cost = requestedCost == null ? 0 : requestedCost;
        // at least one point's worth: the bucket said no, so it is short of something even if its figures say otherwise
        double missing = Math.max(cost - bucket.currentlyAvailable(), 1);
        return Duration.ofMillis((long) Math.ceil(missing * 1000 / bucket.restoreRate()));
    }

    /** {@code Retry-After} in seconds (Shopify sends {@code 2.0}) or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        return RetryAfter.of(header);
    }

    /** Shopify's own words from an error body: {@code errors} as a string or as a list of messages. */
    private String messageOf(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try {
            JsonNode errors = json.readTree(body).path("errors");
            if (errors.isTextual()) {
                return errors.asText();
            }
            if (errors.isArray()) {
                StringBuilder text = new StringBuilder();
                errors.forEach(e -> text.append(text.isEmpty() ? "" : "; ").append(e.isTextual() ? e.asText() : e.path("message").asText()));
                return text.toString();
            }
        } catch (JsonProcessingException notJson) {
            // an HTML error page: its first line is enough for the event log
        }
        String text = body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Turns a mutation's {@code userErrors} into the rejection they are, keeping Shopify's message and code. */
    static void requireNoUserErrors(String operation, List<UserError> userErrors, String fallbackCode) {
        if (userErrors == null || userErrors.isEmpty()) {
            return;
        }
        UserError first = userErrors.get(0);
        String code = first.code() != null ? first.code().toLowerCase(Locale.ROOT) : fallbackCode;
        String messages = userErrors.stream().map(e -> (e.field() == null ? "" : String.join(".", e.field()) + ": ") + e.message())
                .collect(Collectors.joining("; "));
        throw new ConnectorRejection(code, "Shopify refused " + operation + ": " + messages);
    }
}
