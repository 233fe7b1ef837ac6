package io.commerceresolver.changeset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The changeset API as a test's client calls it, each call with a key (X-Api-Key) or a person's token ("Bearer ..."). */
final class ChangesetHttp {

    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate http;

    ChangesetHttp(TestRestTemplate http) {
        this.http = http;
    }

    /** {"operations":[...]} for these SKUs, each the same kind of change ({@code "\"kind\":\"price\",\"adjustPercent\":-15"}). */
    static String request(List<String> skus, String change) {
        StringBuilder operations = new StringBuilder();
        for (String sku : skus) {
            operations.append(operations.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku).append("\",").append(change).append('}');
        }
        return "{\"operations\":[" + operations + "]}";
    }

    ResponseEntity<Map<String, Object>> post(String key, String path, String body) {
        HttpHeaders headers = headers(key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    ResponseEntity<Map<String, Object>> get(String key, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(key)), JSON);
    }

    /** The changeset once {@code done} holds for it (the run works after the answer), at most 30 s on. */
    Map<String, Object> await(String key, String changesetId, Predicate<Map<String, Object>> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Map<String, Object> changeset = get(key, "/api/v1/changesets/" + changesetId).getBody();
            if (done.test(changeset)) {
                return changeset;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Changeset " + changesetId + " still " + changeset.get("status") + " after 30 s: " + changeset);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    /** The changeset once it has ended and its receipt is sealed. */
    Map<String, Object> awaitSealed(String key, String changesetId) {
        return await(key, changesetId, changeset -> changeset.get("receiptId") != null);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> operations(Map<String, Object> changeset) {
        return (List<Map<String, Object>>) changeset.get("operations");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> part(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        if (key != null && key.startsWith("Bearer ")) {
            headers.set(HttpHeaders.AUTHORIZATION, key);
        } else if (key != null) {
            headers.set("X-Api-Key", key);
        }
        return headers;
    }
}
