package io.commerceresolver.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where tenants and their API keys are kept. */
public interface Tenants {

    Optional<Tenant> findById(String tenantId);

    List<String> allIds();

    void create(Tenant tenant);

    void updateSettings(String tenantId, Map<String, String> settings);

    Optional<ApiKey> findActiveKeyBySha256(String sha256);

    Optional<ApiKey> findKeyByName(String tenantId, String name);

    void addKey(ApiKey key);

    void replaceKeySecret(String tenantId, String keyId, String prefix, String sha256);
}
