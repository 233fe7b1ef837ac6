package io.commerceresolver.tenant.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;

import io.commerceresolver.security.Role;
import io.commerceresolver.system.StoredJson;
import io.commerceresolver.tenant.ApiKey;
import io.commerceresolver.tenant.Tenant;
import io.commerceresolver.tenant.Tenants;

@Component
class TenantsDatabase implements Tenants {

    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {
    };

    private final TenantMapper mapper;
    private final StoredJson json;

    TenantsDatabase(TenantMapper mapper, StoredJson json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public Optional<Tenant> findById(String tenantId) {
        return mapper.findById(tenantId).map(row -> new Tenant(row.tenantId(), row.name(), json.read(row.settings(), SETTINGS), row.createdAt()));
    }

    @Override
    public List<String> allIds() {
        return mapper.allIds();
    }

    @Override
    public void create(Tenant tenant) {
        mapper.insert(new TenantMapper.TenantRow(tenant.id(), tenant.name(), json.write(tenant.settings()), tenant.createdAt()));
    }

    @Override
    public void updateSettings(String tenantId, Map<String, String> settings) {
        mapper.updateSettings(tenantId, json.write(settings));
    }

    @Override
    public Optional<ApiKey> findActiveKeyBySha256(String sha256) {
        return mapper.findActiveKeyBySha256(sha256).map(TenantsDatabase::key);
    }

    @Override
    public Optional<ApiKey> findKeyByName(String tenantId, String name) {
        return mapper.findKeyByName(tenantId, name).map(TenantsDatabase::key);
    }

    @Override
    public void addKey(ApiKey key) {
        mapper.insertKey(new TenantMapper.KeyRow(key.id(), key.tenantId(), key.name(), key.prefix(), key.sha256(),
                Role.joined(key.roles()), key.createdBy(), key.createdAt(), key.revokedAt()));
    }

    @Override
    public List<ApiKey> keys(String tenantId) {
        return mapper.keys(tenantId).stream().map(TenantsDatabase::key).toList();
    }

    @Override
    public boolean revokeKey(String tenantId, String keyId, Instant at) {
        return mapper.revokeKey(tenantId, keyId, at) == 1;
    }

    private static ApiKey key(TenantMapper.KeyRow row) {
        return new ApiKey(row.id(), row.tenantId(), row.name(), row.prefix(), row.sha256(), Role.parseJoined(row.roles()),
                row.createdBy(), row.createdAt(), row.revokedAt());
    }

    @Override
    public void replaceKeySecret(String tenantId, String keyId, String prefix, String sha256) {
        mapper.updateKeySecret(tenantId, keyId, prefix, sha256);
    }
}
