package io.commerceresolver.intent.infrastructure;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible Chat Completions endpoint.
 *
 * @param apiKey        sent as a bearer token
 * @param baseUrl       up to and including the version, e.g. {@code https://api.openai.com/v1}
 * @param model         e.g. {@code gpt-4o-mini}; it must support structured outputs (json_schema, strict)
 * @param timeout       for one HTTP attempt, from connecting to the last byte of the answer
 * @param maxRetries    further attempts after a timeout, a network error, HTTP 408/409/429 or 5xx
 * @param maxInputChars the most characters of subject and text sent; a longer ticket is cut, which bounds the cost
 *                      of one reading
 */
public record OpenAiSettings(String apiKey, String baseUrl, String model, Duration timeout, int maxRetries,
                             int maxInputChars) {

    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    public OpenAiSettings {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key is required");
        }
        baseUrl = baseUrl == null || baseUrl.isBlank() ? OPENAI_BASE_URL : baseUrl;
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a model is required");
        }
        Objects.requireNonNull(timeout, "timeout");
        // the SDK reads a zero timeout as "no limit": a reader that can hang forever would hold the ticket forever
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more");
        }
        if (maxInputChars < 1) {
            throw new IllegalArgumentException("maxInputChars must be positive");
        }
    }

    /** Without the key: settings end up in logs and failure messages. */
    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + ", maxRetries="
                + maxRetries + ", maxInputChars=" + maxInputChars + "]";
    }
}
