package io.commerceresolver.security.web;

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

import io.commerceresolver.support.TestStores;

/**
 * The operator creates tenants with the deployment's operator key; each new tenant's first key is an admin key that
 * works at once, and sees nothing of any other tenant. Tenant keys, even admin ones, cannot use the operator API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "resolver.operator.api-key=operator-secret-for-tests")
@Import(TestStores.class)
class OperatorApiIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;

    @Test
    void theOperatorCreatesATenantWhoseFirstKeyIsAnAdminKeyShownOnce() {
        String id = "acme-" + System.nanoTime();
        ResponseEntity<Map<String, Object>> created = call("operator-secret-for-tests", HttpMethod.POST, "/api/v1/operator/tenants",
                "{\"id\":\"" + id + "\",\"name\":\"Acme Ltd\"}");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        @SuppressWarnings("unchecked")
        Map<String, Object> adminKey = (Map<String, Object>) created.getBody().get("adminKey");
        assertThat(adminKey.get("roles")).isEqualTo(List.of("admin"));
        String key = (String) adminKey.get("key");
        assertThat(key).startsWith("cr_");

        ResponseEntity<String> listed = http.exchange("/api/v1/admin/api-keys", HttpMethod.GET, new HttpEntity<>(headers(key)), String.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).contains("first-admin").doesNotContain(key).doesNotContain("sha256");
        ResponseEntity<String> audit = http.exchange("/api/v1/admin/audit", HttpMethod.GET, new HttpEntity<>(headers(key)), String.class);
        assertThat(audit.getBody()).as("the new tenant's log starts with its creation").contains("tenant.created", "\"actor\":\"operator\"");

        ResponseEntity<Map<String, Object>> again = call("operator-secret-for-tests", HttpMethod.POST, "/api/v1/operator/tenants",
                "{\"id\":\"" + id + "\",\"name\":\"Acme again\"}");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void tenantKeysAndWrongKeysCannotCreateTenants() {
        String tenantAdmin = stores.newStore(Map.of()).apiKey();
        for (String key : new String[] {tenantAdmin, "operator-secret-for-test", null}) {
            ResponseEntity<Map<String, Object>> refused = call(key, HttpMethod.POST, "/api/v1/operator/tenants",
                    "{\"id\":\"mallory-" + System.nanoTime() + "\",\"name\":\"Mallory\"}");
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        }
        ResponseEntity<Map<String, Object>> operatorOnTenantApi = call("operator-secret-for-tests", HttpMethod.GET, "/api/v1/approvals", null);
        assertThat(operatorOnTenantApi.getStatusCode()).as("the operator key is no tenant's key").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badTenantIdsAreRefusedByName() {
        ResponseEntity<Map<String, Object>> bad = call("operator-secret-for-tests", HttpMethod.POST, "/api/v1/operator/tenants",
                "{\"id\":\"../Etc\",\"name\":\"x\"}");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).containsEntry("field", "id");
    }

    private ResponseEntity<Map<String, Object>> call(String key, HttpMethod method, String path, String body) {
        return http.exchange(path, method, new HttpEntity<>(body, headers(key)), JSON);
    }

    private static HttpHeaders headers(String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("X-Api-Key", key);
        }
        return headers;
    }
}
