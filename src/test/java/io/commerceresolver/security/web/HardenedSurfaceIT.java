package io.commerceresolver.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.commerceresolver.support.TestStores;

/**
 * The surface as a hostile client meets it: bodies that are not UTF-8 JSON, bodies over the limit (declared or
 * streamed), unknown paths, too many requests, and the OpenAPI description with the roles of each operation.
 * Every refusal is problem+json and writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resolver.limits.requests-per-minute=40", "resolver.limits.sign-ins-per-minute=3"})
@Import(TestStores.class)
class HardenedSurfaceIT {

    private static final String TICKET = "{\"customerEmail\":\"ann@example.com\",\"text\":\"Where is order 1001?\"}";

    @LocalServerPort
    int port;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void ticketBodiesMustBeUtf8JsonUnderTheLimit() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        assertProblem(post(store.apiKey(), "/api/v1/tickets", "text/plain", TICKET.getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(post(store.apiKey(), "/api/v1/tickets", "application/json; charset=UTF-16", TICKET.getBytes(StandardCharsets.UTF_16)), 415);
        assertProblem(post(store.apiKey(), "/api/v1/tickets", null, TICKET.getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(post(store.apiKey(), "/api/v1/tickets", "application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), 400);
        byte[] huge = ("{\"customerEmail\":\"ann@example.com\",\"text\":\"" + "x".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(post(store.apiKey(), "/api/v1/tickets", "application/json", huge), 413);
        assertProblem(streamed(store.apiKey(), "/api/v1/tickets", huge), 413);
        assertProblem(streamed(store.apiKey(), "/api/v1/decisions/evaluate", huge), 413);
        assertThat(post(store.apiKey(), "/api/v1/tickets", "application/json", TICKET.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(202);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE tenant_id = ?", Integer.class, store.tenantId())).isOne();
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/nothing-here")).header("X-Api-Key", store.apiKey()).GET()), 404);
        assertProblem(send(HttpRequest.newBuilder(uri("/nothing-here")).GET()), 404);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/tickets")).header("X-Api-Key", store.apiKey()).GET()), 405);
    }

    @Test
    void tooManyRequestsAreRefusedWithRetryAfter() throws Exception {
        TestStores.Store store = stores.newStore(Map.of());
        // 40 a minute refill one every 1.5 s: on a slow box the 41st may find a fresh one, so go on until refused
        HttpResponse<String> last = null;
        for (int i = 0; i < 100 && (last == null || last.statusCode() != 429); i++) {
            last = send(HttpRequest.newBuilder(uri("/api/v1/approvals")).header("X-Api-Key", store.apiKey()).GET());
        }
        assertProblem(last, 429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        String otherKey = stores.newStore(Map.of()).apiKey();
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/approvals")).header("X-Api-Key", otherKey).GET()).statusCode())
                .as("each principal has its own bucket").isEqualTo(200);

        HttpResponse<String> signIn = null;
        for (int i = 0; i < 4; i++) {
            signIn = post(null, "/api/v1/auth/token", "application/json",
                    "{\"tenant\":\"demo\",\"username\":\"guess\",\"password\":\"guessing-passwords\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertProblem(signIn, 429);
    }

    @Test
    void theOpenApiDescriptionNamesTheRolesOfEveryOperation() throws Exception {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(docs.body());
        assertThat(api.at("/paths/~1api~1v1~1admin~1api-keys/post/x-roles").toString()).isEqualTo("[\"admin\"]");
        assertThat(api.at("/paths/~1api~1v1~1approvals~1{approvalId}~1decision/post/x-roles").toString())
                .isEqualTo("[\"approver\",\"senior_approver\"]");
        assertThat(api.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-Api-Key");
        api.at("/paths").forEach(path -> path.forEach(operation -> {
            if (operation.has("operationId") && !operation.has("x-roles")) {
                assertThat(operation.path("security").isArray() && operation.path("security").isEmpty())
                        .as("only sign-in is open: " + operation.path("operationId")).isTrue();
            }
        }));
    }

    private void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status);
    }

    private HttpResponse<String> post(String key, String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** Sent without a Content-Length (chunked), so only counting the bytes can stop it. */
    private HttpResponse<String> streamed(String key, String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("X-Api-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
