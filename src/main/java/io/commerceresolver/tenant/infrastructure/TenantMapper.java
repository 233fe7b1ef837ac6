package io.commerceresolver.tenant.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import io.commerceresolver.tenant.ApiKey;

@Mapper
public interface TenantMapper {

    Optional<TenantRow> findById(@Param("tenantId") String tenantId);

    void insert(TenantRow tenant);

    void updateSettings(@Param("tenantId") String tenantId, @Param("settings") String settings);

    List<String> allIds();

    Optional<ApiKey> findActiveKeyBySha256(@Param("sha256") String sha256);

    Optional<ApiKey> findKeyByName(@Param("tenantId") String tenantId, @Param("name") String name);

    void insertKey(ApiKey key);

    void updateKeySecret(@Param("tenantId") String tenantId, @Param("id") String id, @Param("prefix") String prefix, @Param("sha256") String sha256);

    record TenantRow(String tenantId, String name, String settings, Instant createdAt) {
    }
}
