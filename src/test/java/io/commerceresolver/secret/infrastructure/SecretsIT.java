package io.commerceresolver.secret.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import io.commerceresolver.secret.Secrets;
import io.commerceresolver.security.Role;
import io.commerceresolver.support.TestStores;

/**
 * Secrets are stored encrypted (nothing of the value in the database or any answer), bound to their tenant and
 * name, readable by the service alone, and still readable after the key is rotated and they are encrypted again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestStores.class)
class SecretsIT {

    private static final String VALUE = "shpss_0123456789abcdef-app-secret";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestStores stores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Secrets secrets;
    @Autowired
    TinkCipher cipher;

    @Test
    void aSecretIsEncryptedBoundToItsTenantNeverShownAndSurvivesARotation() {
        TestStores.Store store = stores.newStore(Map.of());
        ResponseEntity<String> set = call(store.apiKey(), HttpMethod.PUT, "/api/v1/admin/secrets/shopify.app-secret", "{\"value\":\"" + VALUE + "\"}");
        assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(set.getBody()).contains("shopify.app-secret").doesNotContain(VALUE);
        assertThat(call(store.apiKey(), HttpMethod.GET, "/api/v1/admin/secrets", null).getBody()).contains("shopify.app-secret").doesNotContain(VALUE);
        assertThat(call(stores.key(store, "agent", Role.AGENT), HttpMethod.GET, "/api/v1/admin/secrets", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String stored = jdbc.queryForObject("SELECT ciphertext FROM tenant_secret WHERE tenant_id = ? AND name = 'shopify.app-secret'",
                String.class, store.tenantId());
        assertThat(stored).doesNotContain(VALUE).doesNotContain("shpss");
        assertThat(secrets.reveal(store.tenantId(), "shopify.app-secret")).contains(VALUE);
        assertThat(jdbc.queryForList("SELECT CAST(after_state AS VARCHAR(20000)) FROM audit_log WHERE tenant_id = ?", String.class, store.tenantId()))
                .isNotEmpty().noneMatch(entry -> entry != null && entry.contains(VALUE));

        TestStores.Store other = stores.newStore(Map.of());
        jdbc.update("INSERT INTO tenant_secret (tenant_id, name, ciphertext, updated_by, updated_at) SELECT ?, name, ciphertext, updated_by,"
                + " updated_at FROM tenant_secret WHERE tenant_id = ?", other.tenantId(), store.tenantId());
        assertThatThrownBy(() -> secrets.reveal(other.tenantId(), "shopify.app-secret")).as("a row copied to another tenant")
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(VALUE);
        jdbc.update("DELETE FROM tenant_secret WHERE tenant_id = ?", other.tenantId());

        cipher.rotate();
        assertThat(secrets.reveal(store.tenantId(), "shopify.app-secret")).as("an old key still decrypts").contains(VALUE);
        assertThat(secrets.reencryptAll("test")).isPositive();
        assertThat(jdbc.queryForObject("SELECT ciphertext FROM tenant_secret WHERE tenant_id = ? AND name = 'shopify.app-secret'",
                String.class, store.tenantId())).isNotEqualTo(stored);
        assertThat(secrets.reveal(store.tenantId(), "shopify.app-secret")).contains(VALUE);

        assertThat(call(store.apiKey(), HttpMethod.PUT, "/api/v1/admin/secrets/Bad Name", "{\"value\":\"x\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(call(store.apiKey(), HttpMethod.DELETE, "/api/v1/admin/secrets/shopify.app-secret", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(secrets.reveal(store.tenantId(), "shopify.app-secret")).isEmpty();
    }

    private ResponseEntity<String> call(String key, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", key);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
