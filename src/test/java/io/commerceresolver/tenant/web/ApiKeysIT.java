package io.commerceresolver.tenant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.support.TestStores;

/** An admin issues keys with roles, the secret is shown once and stored hashed, and a revoked key stops at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class ApiKeysIT {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAgentKeyWorksTicketsIsRefusedAdminWorkAndStopsWhenRevoked() {
        TestStores.Store store = stores.newStore(Map.of());
        ResponseEntity<Map<String, Object>> issued = http.exchange("/api/v1/admin/api-keys", HttpMethod.POST,
                new HttpEntity<>("{\"name\":\"helpdesk-agent\",\"roles\":[\"agent\"]}", headers(store.apiKey())), OBJECT);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(issued.getBody()).containsEntry("name", "helpdesk-agent").containsEntry("roles", List.of("agent"));
        String agentKey = (String) issued.getBody().get("key");
        String keyId = (String) issued.getBody().get("id");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE key_sha256 = ? OR key_prefix = ?", Integer.class,
                agentKey, agentKey)).as("only a hash and a short prefix are stored").isZero();
        assertThat(post(agentKey, "/api/v1/tickets", "{\"customerEmail\":\"ann@example.com\",\"text\":\"Where is order 1001?\"}")
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<Map<String, Object>> refused = post(agentKey, "/api/v1/admin/api-keys", "{\"name\":\"mine\",\"roles\":[\"admin\"]}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

        List<Map<String, Object>> listed = http.exchange("/api/v1/admin/api-keys", HttpMethod.GET, new HttpEntity<>(headers(store.apiKey())), LIST).getBody();
        assertThat(listed).extracting(key -> key.get("name")).contains("first-admin", "helpdesk-agent");
        assertThat(listed.toString()).doesNotContain(agentKey);

        ResponseEntity<Map<String, Object>> revoked = http.exchange("/api/v1/admin/api-keys/" + keyId, HttpMethod.DELETE,
                new HttpEntity<>(headers(store.apiKey())), OBJECT);
        assertThat(revoked.getBody()).containsEntry("active", false);
        assertThat(post(agentKey, "/api/v1/tickets", "{\"customerEmail\":\"ann@example.com\",\"text\":\"Hello?\"}").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        List<Map<String, Object>> audit = http.exchange("/api/v1/admin/audit", HttpMethod.GET, new HttpEntity<>(headers(store.apiKey())), LIST).getBody();
        assertThat(audit).extracting(entry -> entry.get("action")).containsExactly("api_key.revoked", "api_key.issued");
        assertThat(audit).allSatisfy(entry -> assertThat(entry.get("actor")).isEqualTo("api-key:first-admin"));
        assertThat(audit.toString()).doesNotContain(agentKey);
    }

    @Test
    void unknownRolesAndReusedNamesAreRefused() {
        TestStores.Store store = stores.newStore(Map.of());
        ResponseEntity<Map<String, Object>> unknown = post(store.apiKey(), "/api/v1/admin/api-keys", "{\"name\":\"x\",\"roles\":[\"root\"]}");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).containsEntry("field", "roles");
        ResponseEntity<Map<String, Object>> taken = post(store.apiKey(), "/api/v1/admin/api-keys", "{\"name\":\"first-admin\",\"roles\":[\"viewer\"]}");
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    private ResponseEntity<Map<String, Object>> post(String key, String path, String body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(key)), OBJECT);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Api-Key", key);
        return headers;
    }
}
