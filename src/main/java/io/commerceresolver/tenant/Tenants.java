package io.commerceresolver.tenant;

import java.time.Instant;
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

    /** Every key of the tenant, revoked ones included, newest first. */
    List<ApiKey> keys(String tenantId);

    /** @return false when the tenant has no such active key */
    boolean revokeKey(String tenantId, String keyId, Instant at);
}
